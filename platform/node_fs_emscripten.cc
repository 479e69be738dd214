// Hard links for the wasm CLI under Node (see platform/node_fs_emscripten.js).
// Emscripten 3.1.6's libc answers every link() with EMLINK from a C stub,
// __syscall_link; cmake/Wasm.cmake links with --wrap=__syscall_link so that
// libc's link() lands here, and the link is made by Node's fs.linkSync.
// Nothing in this file is compiled natively.
#ifdef __EMSCRIPTEN__

extern "C" {

// Defined in node_fs_emscripten.js; runs on the main JavaScript thread.
// Returns 0 or a negated errno value, as syscalls do.
int beamline_node_link(const char* existing, const char* name);

long __wrap___syscall_link(long existing, long name) {
  return beamline_node_link(reinterpret_cast<const char*>(existing),
                            reinterpret_cast<const char*>(name));
}

}  // extern "C"

#endif  // __EMSCRIPTEN__
