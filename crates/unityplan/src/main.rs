//! The `unityplan` command.

use std::process::ExitCode;

fn main() -> ExitCode {
    unityplan::cli::main()
}
