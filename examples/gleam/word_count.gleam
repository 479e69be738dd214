//// A word-count pipeline: split a text into words, count them with a map
//// and print the most frequent ones (ties broken alphabetically).

import gleam/int
import gleam/io
import gleam/list
import gleam/map.{Map}
import gleam/option.{None, Some}
import gleam/order
import gleam/string

const text = "
The ring of processes passed the token round and round; the token came back
every time. A process is cheap, a message is cheap, and a crash is cheap too:
the supervisor simply starts the process again. Messages go from process to
process, and every process keeps its own heap, so the collector of one process
never stops another. Cheap processes, cheap messages -- that is the whole trick.
"

const letters = "abcdefghijklmnopqrstuvwxyz'"

pub fn main() {
  let words = split_words(text)
  let counts = count(words)
  let top =
    counts
    |> map.to_list
    |> list.sort(by_count_then_word)
    |> list.take(8)

  io.println("lines:    " <> int.to_string(count_lines(text)))
  io.println("words:    " <> int.to_string(list.length(words)))
  io.println("distinct: " <> int.to_string(map.size(counts)))
  io.println("most frequent:")
  list.each(top, fn(entry) {
    let #(word, n) = entry
    io.println(
      string.pad_left(int.to_string(n), to: 4, with: " ") <> "  " <> word,
    )
  })
  let longest =
    words
    |> list.fold("", fn(best, w) {
      case string.length(w) > string.length(best) {
        True -> w
        False -> best
      }
    })
  io.println("longest word: " <> longest)
}

// Lowercases the text, turns everything but letters and apostrophes into
// spaces and splits on them.
fn split_words(text: String) -> List(String) {
  text
  |> string.lowercase
  |> string.to_graphemes
  |> list.map(fn(g) {
    case string.contains(letters, g) {
      True -> g
      False -> " "
    }
  })
  |> string.concat
  |> string.split(" ")
  |> list.filter(fn(w) { w != "" })
}

fn count(words: List(String)) -> Map(String, Int) {
  list.fold(words, map.new(), fn(counts, word) {
    map.update(counts, word, fn(seen) {
      case seen {
        Some(n) -> n + 1
        None -> 1
      }
    })
  })
}

fn by_count_then_word(a: #(String, Int), b: #(String, Int)) -> order.Order {
  case int.compare(b.1, a.1) {
    order.Eq -> string.compare(a.0, b.0)
    other -> other
  }
}

fn count_lines(text: String) -> Int {
  text
  |> string.trim
  |> string.split("\n")
  |> list.length
}
