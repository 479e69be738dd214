//// Regular expressions, via Erlang's `re` module (PCRE, unicode mode).

import gleam/option.{Option}

pub type Regex

pub type Match {
  Match(content: String, submatches: List(Option(String)))
}

pub type CompileError {
  CompileError(error: String, byte_index: Int)
}

pub type Options {
  Options(case_insensitive: Bool, multi_line: Bool)
}

@external(erlang, "gleam_stdlib", "compile_regex")
pub fn compile(
  pattern: String,
  with options: Options,
) -> Result(Regex, CompileError)

pub fn from_string(pattern: String) -> Result(Regex, CompileError) {
  compile(pattern, Options(case_insensitive: False, multi_line: False))
}

@external(erlang, "gleam_stdlib", "regex_check")
pub fn check(with regex: Regex, content content: String) -> Bool

@external(erlang, "gleam_stdlib", "regex_split")
pub fn split(with regex: Regex, content string: String) -> List(String)

@external(erlang, "gleam_stdlib", "regex_scan")
pub fn scan(with regex: Regex, content string: String) -> List(Match)
