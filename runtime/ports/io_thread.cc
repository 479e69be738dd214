// The thread behind each port. It waits (poll) for the program's output,
// for room in its input pipe when output is queued, and for wake-ups (new
// output queued, the port closed, the VM shutting down). What the program
// writes goes to the connected process as {Port, {data, Data}} messages
// through VM::send, which any thread may call.
//
// At end of file: with exit_status the thread waits for the program to
// exit and sends {Port, {exit_status, N}}; then the rest of a partial line
// ({noeol, Rest}); then, with the eof option, {Port, eof} (the port stays
// open), else the port closes with reason normal. After the port is closed
// the thread writes what is still queued, closes the pipes and reaps the
// program.
#ifndef __EMSCRIPTEN__

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <thread>

#include "runtime/bifs/bif.h"
#include "runtime/ports/framing.h"
#include "runtime/ports/port.h"
#include "runtime/ports/port_atoms.h"
#include "runtime/term/binary.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

namespace pa = port_atoms;

constexpr size_t kReadSize = 65536;

void close_fd(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

void drain(int fd) {
  char buf[64];
  while (::read(fd, buf, sizeof buf) > 0) {
  }
}

class PortThread {
 public:
  explicit PortThread(std::shared_ptr<Port> port)
      : port_(std::move(port)), framer_(port_->spec.line, port_->spec.packet) {}

  void run();

 private:
  bool is_open() {
    absl::MutexLock lock(&port_->mu);
    return port_->open;
  }
  bool has_output() {
    absl::MutexLock lock(&port_->mu);
    return !port_->out_queue.empty();
  }
  void write_some();
  void read_some();
  void end_of_file();
  // Waits for the program to exit; false if interrupted (shutdown, or the
  // port closed when `while_open`).
  bool reap(bool while_open);
  void deliver_frames();
  Term data_term(Heap& h, const std::string& bytes) {
    return port_->spec.binary ? make_binary(h, bytes) : bytes_to_list(h, bytes);
  }
  void fail(int err);

  std::shared_ptr<Port> port_;
  PortFramer framer_;
  std::vector<PortFramer::Frame> frames_;
  bool reading_ = false;
  bool reaped_ = false;
  int status_ = 0;
};

void PortThread::run() {
  // A write to a program that closed its input must fail with EPIPE, not
  // kill the VM: SIGPIPE stays blocked (pending) in this thread.
  sigset_t pipe;
  sigemptyset(&pipe);
  sigaddset(&pipe, SIGPIPE);
  pthread_sigmask(SIG_BLOCK, &pipe, nullptr);

  Port& p = *port_;
  reading_ = p.from_child >= 0;
  if (p.failed_status >= 0) {
    reaped_ = true;
    status_ = p.failed_status;
    end_of_file();
  }
  while (!p.shutdown.load()) {
    bool open = is_open();
    bool output = p.to_child >= 0 && has_output();
    if (!open && !output) break;
    pollfd fds[3];
    nfds_t n = 0;
    fds[n++] = {p.wake_read, POLLIN, 0};
    int read_slot = -1, write_slot = -1;
    if (open && reading_) {
      read_slot = int(n);
      fds[n++] = {p.from_child, POLLIN, 0};
    }
    if (output) {
      write_slot = int(n);
      fds[n++] = {p.to_child, POLLOUT, 0};
    }
    if (::poll(fds, n, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (fds[0].revents) drain(p.wake_read);
    if (p.shutdown.load()) break;
    if (write_slot >= 0 && fds[write_slot].revents) write_some();
    if (read_slot >= 0 && fds[read_slot].revents) read_some();
  }
  // Closed: the program sees end of file on its input.
  close_fd(p.to_child);
  close_fd(p.from_child);
  if (!reaped_ && p.os_pid > 0 && !p.shutdown.load()) reap(false);
  port_thread_finished(&p);
}

void PortThread::write_some() {
  Port& p = *port_;
  while (true) {
    std::string chunk;
    {
      absl::MutexLock lock(&p.mu);
      if (p.out_queue.empty()) return;
      chunk = std::move(p.out_queue.front());
      p.out_queue.pop_front();
    }
    ssize_t n = ::write(p.to_child, chunk.data(), chunk.size());
    if (n < 0 && errno == EINTR) n = 0;
    if (n < 0 && errno != EAGAIN) {
      int err = errno;
      {
        absl::MutexLock lock(&p.mu);
        p.out_queue.clear();
      }
      close_fd(p.to_child);
      fail(err);
      return;
    }
    if (n < 0) n = 0;
    if (size_t(n) < chunk.size()) {
      absl::MutexLock lock(&p.mu);
      p.out_queue.push_front(chunk.substr(size_t(n)));
      return;  // the pipe is full: wait for POLLOUT
    }
  }
}

// A failed write closes the port with the error as reason (epipe when
// the program stopped reading).
void PortThread::fail(int err) {
  close_port(port_, errno_atom(err));
}

void PortThread::read_some() {
  Port& p = *port_;
  std::string buf(kReadSize, '\0');
  ssize_t n = ::read(p.from_child, buf.data(), buf.size());
  if (n < 0 && (errno == EINTR || errno == EAGAIN)) return;
  if (n <= 0) {
    reading_ = false;
    close_fd(p.from_child);
    end_of_file();
    return;
  }
  p.input.fetch_add(uint64_t(n));
  framer_.feed(std::string_view(buf.data(), size_t(n)), &frames_);
  deliver_frames();
}

void PortThread::deliver_frames() {
  Port& p = *port_;
  for (const PortFramer::Frame& f : frames_) {
    FragmentHeap h(16);
    Term data = data_term(h, f.bytes);
    if (f.kind != PortFramer::Frame::kData) {
      data = make_tuple(h, {f.kind == PortFramer::Frame::kEol ? pa::eol() : pa::noeol(),
                            data});
    }
    port_deliver(&p, make_tuple(h, {p.id(), make_tuple(h, {pa::data(), data})}));
  }
  frames_.clear();
}

void PortThread::end_of_file() {
  Port& p = *port_;
  if (p.spec.exit_status && (reaped_ || (p.os_pid > 0 && reap(true)))) {
    FragmentHeap h(8);
    port_deliver(&p, make_tuple(h, {p.id(), make_tuple(h, {pa::exit_status(),
                                                           make_small(status_)})}));
  }
  framer_.finish(&frames_);
  deliver_frames();
  if (p.spec.eof) {
    FragmentHeap h(4);
    port_deliver(&p, make_tuple(h, {p.id(), pa::eof()}));
    return;
  }
  close_port(port_, atom::normal);
}

bool PortThread::reap(bool while_open) {
  Port& p = *port_;
  int pidfd = int(::syscall(SYS_pidfd_open, p.os_pid, 0));
  int delay_ms = 1;
  bool done = false;
  while (!p.shutdown.load() && !(while_open && !is_open())) {
    int st = 0;
    pid_t r = ::waitpid(p.os_pid, &st, WNOHANG);
    if (r == p.os_pid) {
      status_ = WIFEXITED(st) ? WEXITSTATUS(st)
                : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 0;
      done = true;
      break;
    }
    if (r < 0 && errno != EINTR) break;  // not our child any more
    pollfd fds[2] = {{p.wake_read, POLLIN, 0}, {pidfd, POLLIN, 0}};
    if (::poll(fds, pidfd >= 0 ? 2 : 1, pidfd >= 0 ? -1 : delay_ms) > 0 &&
        fds[0].revents) {
      drain(p.wake_read);
    }
    if (delay_ms < 100) delay_ms *= 2;
  }
  close_fd(pidfd);
  reaped_ = done;
  return done;
}

}  // namespace

void start_port_thread(std::shared_ptr<Port> port) {
  port_thread_started(port);
  std::thread([port = std::move(port)]() mutable {
    PortThread t(std::move(port));
    t.run();
  }).detach();
}

}  // namespace beamline

#else  // __EMSCRIPTEN__

#include "runtime/ports/port.h"

namespace beamline {
void start_port_thread(std::shared_ptr<Port>) {}
}  // namespace beamline

#endif
