use clap::Parser;
use std::process::ExitCode;

// The translator allocates small strings and tree nodes for every statement; mimalloc
// took a quarter off the time of a file of application queries (bench/README.md).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    my2pg::cli::run(my2pg::cli::Cli::parse())
}
