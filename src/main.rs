//! The `crosscheck` binary: parse arguments, run, map the outcome to an exit code.

fn main() {
    let cli = match crosscheck::cli::parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    std::process::exit(crosscheck::cli::run(cli).exit_code());
}
