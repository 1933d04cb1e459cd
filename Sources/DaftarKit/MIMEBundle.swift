@_exported import DaftarKernelProtocol

/// A value that knows how to show itself in a report (charts, tables).
public protocol Displayable {
    var mimeBundle: MIMEBundle { get }
}
