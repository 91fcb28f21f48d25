use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    my2pg::cli::run(my2pg::cli::Cli::parse())
}
