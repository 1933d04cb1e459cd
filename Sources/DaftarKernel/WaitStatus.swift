/// A child's status as `waitpid` reports it, decoded in this one place: glibc's `WIFEXITED`,
/// `WEXITSTATUS` and `WTERMSIG` are macros, which Swift does not import.
struct WaitStatus: Equatable {
    var raw: Int32

    init(_ raw: Int32) {
        self.raw = raw
    }

    /// The signal that ended the process (`WTERMSIG`), or nil when it exited.
    var signal: Int32? {
        raw & 0x7F == 0 ? nil : raw & 0x7F
    }

    /// The status the process exited with (`WEXITSTATUS`), or nil when a signal ended it.
    var exitStatus: Int32? {
        raw & 0x7F == 0 ? (raw >> 8) & 0xFF : nil
    }

    /// As a shell reports it: the exit status, or 128 plus the signal.
    var shellStatus: Int32 {
        signal.map { 128 + $0 } ?? exitStatus ?? 0
    }
}

extension ProgramRunner.Termination {
    /// How a program that ended by itself ended.
    init(_ status: WaitStatus) {
        if let signal = status.signal {
            self = .signalled(signal)
        } else {
            self = .exited(status.exitStatus ?? 0)
        }
    }
}
