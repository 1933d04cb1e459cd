// The engine and the charts, re-exported so that a cell's implicit `import DaftarKit` names
// `Activation` and `LineChart` directly.
@_exported import DaftarActivations
@_exported import DaftarCharts
@_exported import DaftarTraining
