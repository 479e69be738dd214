//// Files and directories.

import gleam/bit_string
import gleam/result

/// POSIX error codes, plus `NotUtf8` for text that is not valid UTF-8.
pub type Reason {
  Eacces
  Eagain
  Ebadf
  Ebadmsg
  Ebusy
  Edeadlk
  Edeadlock
  Edquot
  Eexist
  Efault
  Efbig
  Eftype
  Eintr
  Einval
  Eio
  Eisdir
  Eloop
  Emfile
  Emlink
  Emultihop
  Enametoolong
  Enfile
  Enobufs
  Enodev
  Enolck
  Enolink
  Enoent
  Enomem
  Enospc
  Enosr
  Enostr
  Enosys
  Enotblk
  Enotdir
  Enotsup
  Enxio
  Eopnotsupp
  Eoverflow
  Eperm
  Epipe
  Erange
  Erofs
  Espipe
  Esrch
  Estale
  Etxtbsy
  Exdev
  NotUtf8
}

pub type FileType {
  Device
  Directory
  Other
  Regular
  Symlink
}

pub type Access {
  NoAccess
  Read
  ReadWrite
  Write
}

pub type FileInfo {
  FileInfo(
    size: Int,
    file_type: FileType,
    access: Access,
    atime: Int,
    mtime: Int,
    ctime: Int,
    mode: Int,
    links: Int,
    major_device: Int,
    minor_device: Int,
    inode: Int,
    user_id: Int,
    group_id: Int,
  )
}

/// Information about a file, following symlinks. Times are Unix seconds.
@external(erlang, "gleam_erlang_ffi", "file_info")
pub fn file_info(a: String) -> Result(FileInfo, Reason)

/// Like `file_info` but describes a symlink itself rather than its target.
@external(erlang, "gleam_erlang_ffi", "link_info")
pub fn link_info(a: String) -> Result(FileInfo, Reason)

pub fn is_directory(path: String) -> Result(Bool, Reason) {
  use info <- result.map(file_info(path))
  info.file_type == Directory
}

pub fn is_regular(path: String) -> Result(Bool, Reason) {
  use info <- result.map(file_info(path))
  info.file_type == Regular
}

pub fn file_exists(path: String) -> Result(Bool, Reason) {
  case file_info(path) {
    Ok(_) -> Ok(True)
    Error(Enoent) -> Ok(False)
    Error(reason) -> Error(reason)
  }
}

pub fn link_exists(path: String) -> Result(Bool, Reason) {
  case link_info(path) {
    Ok(_) -> Ok(True)
    Error(Enoent) -> Ok(False)
    Error(reason) -> Error(reason)
  }
}

@external(erlang, "gleam_erlang_ffi", "make_directory")
pub fn make_directory(a: String) -> Result(Nil, Reason)

@external(erlang, "gleam_erlang_ffi", "list_directory")
pub fn list_directory(a: String) -> Result(List(String), Reason)

@external(erlang, "gleam_erlang_ffi", "delete_directory")
pub fn delete_directory(a: String) -> Result(Nil, Reason)

@external(erlang, "gleam_erlang_ffi", "recursive_delete")
pub fn recursive_delete(a: String) -> Result(Nil, Reason)

pub fn read(from path: String) -> Result(String, Reason) {
  use bits <- result.try(read_bits(path))
  case bit_string.to_string(bits) {
    Ok(text) -> Ok(text)
    Error(Nil) -> Error(NotUtf8)
  }
}

@external(erlang, "gleam_erlang_ffi", "read_file")
fn do_read_bits(path: String) -> Result(BitString, Reason)

pub fn read_bits(from path: String) -> Result(BitString, Reason) {
  do_read_bits(path)
}

pub fn write(contents contents: String, to path: String) -> Result(Nil, Reason) {
  write_file(bit_string.from_string(contents), path)
}

pub fn write_bits(
  contents contents: BitString,
  to path: String,
) -> Result(Nil, Reason) {
  write_file(contents, path)
}

@external(erlang, "gleam_erlang_ffi", "write_file")
fn write_file(contents: BitString, path: String) -> Result(Nil, Reason)

pub fn append(contents contents: String, to path: String) -> Result(Nil, Reason) {
  append_file(bit_string.from_string(contents), path)
}

pub fn append_bits(
  contents contents: BitString,
  to path: String,
) -> Result(Nil, Reason) {
  append_file(contents, path)
}

@external(erlang, "gleam_erlang_ffi", "append_file")
fn append_file(contents: BitString, path: String) -> Result(Nil, Reason)

@external(erlang, "gleam_erlang_ffi", "delete_file")
pub fn delete(a: String) -> Result(Nil, Reason)
