// Emscripten JavaScript library linked into the wasm CLI (cmake/Wasm.cmake):
// fills two gaps of Emscripten 3.1.6's NODERAWFS, the layer that gives the
// program the host file system under Node, so file:make_link/2 and
// file:allocate/3 behave as on the native build.
//   - hard links: Emscripten answers every link() with EMLINK; libc's link()
//     is redirected here (node_fs_emscripten.cc) to use fs.linkSync.
//   - posix_fallocate: NODERAWFS answers EOPNOTSUPP; Node has no fallocate,
//     so extend the file with zeros (ftruncate), which leaves the same size
//     and contents as fallocate with mode 0.
mergeInto(LibraryManager.library, {
  $beamlineNodeFs__deps: ['$FS', '$NODERAWFS', '$ERRNO_CODES'],
  // Runs after NODERAWFS's own set-up (a dependency's postset comes first).
  $beamlineNodeFs__postset: `
    if (ENVIRONMENT_IS_NODE) {
      FS.allocate = function(stream, offset, length) {
        try {
          var size = fs.fstatSync(stream.nfd).size;
          if (offset + length > size) fs.ftruncateSync(stream.nfd, offset + length);
        } catch (e) {
          if (e.code && ERRNO_CODES[e.code]) throw new FS.ErrnoError(ERRNO_CODES[e.code]);
          throw e;
        }
      };
    }`,
  $beamlineNodeFs: {},

  // libc's link() (see node_fs_emscripten.cc). Runs on the main thread,
  // where the file system state (the working directory) lives.
  beamline_node_link__deps: ['$beamlineNodeFs', '$SYSCALLS', '$FS', '$ERRNO_CODES'],
  beamline_node_link__proxy: 'sync',
  beamline_node_link__sig: 'iii',
  beamline_node_link: function(existing, name) {
    try {
      fs.linkSync(SYSCALLS.getStr(existing), SYSCALLS.getStr(name));
      return 0;
    } catch (e) {
      if (e.code && ERRNO_CODES[e.code]) return -ERRNO_CODES[e.code];
      throw e;
    }
  },
});
