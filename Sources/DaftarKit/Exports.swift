// The engine, re-exported so that a cell's implicit `import DaftarKit` names `Activation` directly.
@_exported import DaftarActivations
