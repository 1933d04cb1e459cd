@testable import DaftarKernel
import Foundation
import Testing

/// `waitpid` statuses as glibc encodes them: the exit status in bits 8–15, the signal in bits 0–6
/// (bit 7: a core was dumped).
@Suite struct WaitStatusTests {
    @Test func anExitIsItsStatus() {
        #expect(WaitStatus(0).exitStatus == 0)
        #expect(WaitStatus(3 << 8).exitStatus == 3)
        #expect(WaitStatus(3 << 8).signal == nil)
        #expect(WaitStatus(255 << 8).shellStatus == 255)
        #expect(ProgramRunner.Termination(WaitStatus(3 << 8)) == .exited(3))
    }

    @Test func aSignalIsOneHundredTwentyEightAndTheSignal() {
        #expect(WaitStatus(SIGKILL).signal == SIGKILL)
        #expect(WaitStatus(SIGKILL).exitStatus == nil)
        #expect(WaitStatus(SIGKILL).shellStatus == 128 + SIGKILL)
        // SIGSEGV with a core dump.
        #expect(WaitStatus(0x80 | SIGSEGV).signal == SIGSEGV)
        #expect(ProgramRunner.Termination(WaitStatus(0x80 | SIGILL)) == .signalled(SIGILL))
    }

    /// A real child: `sh -c 'exit 7'` and `sh -c 'kill -TERM $$'`.
    @Test func realChildrenDecodeAsTheShellSaysTheyEnded() throws {
        #expect(try Subprocess.run("/bin/sh", arguments: ["-c", "exit 7"]).status == 7)
        #expect(try Subprocess.run("/bin/sh", arguments: ["-c", "kill -TERM $$"]).status == 128 + SIGTERM)
    }
}
