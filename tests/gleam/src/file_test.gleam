import gleam/erlang/file
import gleam/int
import gleam/list
import gleam/string
import test_helpers.{show}

pub fn main() {
  let dir = "/tmp/beamline_gleam_file_test_" <> int.to_string(unique())
  let _ = file.recursive_delete(dir)
  show("make_directory", file.make_directory(dir))
  show("make_directory again", file.make_directory(dir))
  show("is_directory", [file.is_directory(dir), file.is_directory(dir <> "/nope")])
  let path = dir <> "/a.txt"
  show("file_exists before", file.file_exists(path))
  show("write", file.write("héllo\n", to: path))
  show("read", file.read(from: path))
  show("append", file.append(contents: "more", to: path))
  show("read after append", file.read(path))
  show("is_regular", [file.is_regular(path), file.is_regular(dir)])
  show("file_exists", [file.file_exists(path), file.file_exists(dir)])
  show("link_exists", [file.link_exists(path), file.link_exists(dir <> "/missing")])
  let bits_path = dir <> "/b.bin"
  show("write_bits", file.write_bits(<<255, 0, 1>>, bits_path))
  show("append_bits", file.append_bits(contents: <<2>>, to: bits_path))
  show("read_bits", file.read_bits(from: bits_path))
  show("read not utf8", file.read(bits_path))
  show("read missing", file.read(dir <> "/missing"))
  let assert Ok(info) = file.file_info(path)
  show("file_info", #(info.size, info.file_type, info.access, info.links, info.mtime > 1_600_000_000, info.mode % 512 > 0))
  let assert Ok(dinfo) = file.link_info(dir)
  show("link_info dir", dinfo.file_type)
  show("file_info missing", file.file_info(dir <> "/missing"))
  show("list_directory", file.list_directory(dir) |> sorted)
  show("list_directory missing", file.list_directory(dir <> "/missing"))
  show("delete", file.delete(bits_path))
  show("delete again", file.delete(bits_path))
  let sub = dir <> "/sub"
  let assert Ok(_) = file.make_directory(sub)
  show("delete_directory", file.delete_directory(sub))
  show("delete_directory nonempty", file.delete_directory(dir))
  show("recursive_delete", file.recursive_delete(dir))
  show("gone", file.file_exists(dir))
  show("types", [file.Device, file.Directory, file.Other, file.Regular, file.Symlink])
  show("access", [file.NoAccess, file.Read, file.ReadWrite, file.Write])
  show("reasons", [file.Eacces, file.Enoent, file.Edeadlock, file.NotUtf8])
}

fn sorted(r: Result(List(String), file.Reason)) -> Result(List(String), file.Reason) {
  case r {
    Ok(names) -> Ok(list.sort(names, string.compare))
    Error(e) -> Error(e)
  }
}

@external(erlang, "erlang", "unique_integer")
fn unique_integer(options: List(Positive)) -> Int

type Positive {
  Positive
}

fn unique() -> Int {
  unique_integer([Positive])
}
