#include "runtime/loader/beam_file.h"

#include <zlib.h>

#include <limits>

#include "absl/strings/str_format.h"
#include "runtime/loader/generic_opcodes.def"

namespace beamline {
namespace {

// A bounds-checked cursor over a byte range. Every read reports a clear
// error instead of running off the end.
class Reader {
 public:
  Reader(std::string_view data, std::string_view what, size_t base = 0)
      : data_(data), what_(what), base_(base) {}

  bool at_end() const { return pos_ >= data_.size(); }
  size_t pos() const { return pos_; }
  size_t remaining() const { return data_.size() - pos_; }

  absl::Status error(std::string_view msg) const {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s: %s at byte offset %d", what_, msg, base_ + pos_));
  }

  absl::StatusOr<uint8_t> u8() {
    if (remaining() < 1) return error("unexpected end of data");
    return static_cast<uint8_t>(data_[pos_++]);
  }
  absl::StatusOr<uint32_t> u32() {
    if (remaining() < 4) return error("unexpected end of data");
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) v = (v << 8) | static_cast<uint8_t>(data_[pos_++]);
    return v;
  }
  absl::StatusOr<uint16_t> u16() {
    if (remaining() < 2) return error("unexpected end of data");
    uint16_t v = uint16_t((uint8_t(data_[pos_]) << 8) | uint8_t(data_[pos_ + 1]));
    pos_ += 2;
    return v;
  }
  absl::StatusOr<std::string_view> bytes(size_t n) {
    if (remaining() < n) return error("unexpected end of data");
    std::string_view s = data_.substr(pos_, n);
    pos_ += n;
    return s;
  }

 private:
  std::string_view data_;
  std::string_view what_;
  size_t base_;
  size_t pos_ = 0;
};

#define ASSIGN_OR_RETURN(lhs, expr)         \
  auto lhs##_or = (expr);                   \
  if (!lhs##_or.ok()) return lhs##_or.status(); \
  auto lhs = *lhs##_or

// ---- compact term encoding --------------------------------------------------

enum CompactTag { kTagU = 0, kTagI, kTagA, kTagX, kTagY, kTagF, kTagH, kTagZ };

// Decodes the value part of a compact term whose first byte is `b`. Large
// values come back in `big`.
absl::Status read_compact_value(Reader& r, uint8_t b, bool is_signed,
                                int64_t* value, bool* is_big, BigInt* big) {
  *is_big = false;
  if ((b & 0x08) == 0) {
    *value = b >> 4;
    return absl::OkStatus();
  }
  if ((b & 0x10) == 0) {
    ASSIGN_OR_RETURN(next, r.u8());
    *value = (int64_t(b >> 5) << 8) | next;
    return absl::OkStatus();
  }
  size_t len = b >> 5;
  if (len < 7) {
    len += 2;
  } else {
    // The length itself follows as an unsigned compact value.
    ASSIGN_OR_RETURN(lb, r.u8());
    int64_t extra;
    bool extra_big;
    BigInt unused;
    auto st = read_compact_value(r, lb, false, &extra, &extra_big, &unused);
    if (!st.ok()) return st;
    if (extra_big || extra < 0 || extra > (1 << 20)) {
      return r.error("compact term length out of range");
    }
    len = size_t(extra) + 9;
  }
  ASSIGN_OR_RETURN(raw, r.bytes(len));
  BigInt v = 0;
  for (unsigned char c : raw) v = (v << 8) | c;
  if (is_signed && (static_cast<unsigned char>(raw[0]) & 0x80)) {
    v -= BigInt(1) << (8 * len);
  }
  if (v >= std::numeric_limits<int64_t>::min() &&
      v <= std::numeric_limits<int64_t>::max()) {
    *value = static_cast<int64_t>(v);
  } else {
    *is_big = true;
    *big = v;
  }
  return absl::OkStatus();
}

absl::Status read_operand(Reader& r, Operand* out, int depth = 0);

absl::StatusOr<uint64_t> read_plain_u(Reader& r) {
  ASSIGN_OR_RETURN(b, r.u8());
  if ((b & 7) != kTagU) return r.error("expected an unsigned operand");
  int64_t v;
  bool big;
  BigInt unused;
  auto st = read_compact_value(r, b, false, &v, &big, &unused);
  if (!st.ok()) return st;
  if (big || v < 0) return r.error("unsigned operand out of range");
  return uint64_t(v);
}

absl::Status read_extended(Reader& r, uint8_t b, Operand* out, int depth) {
  unsigned ext = b >> 4;
  switch (ext) {
    case 1: {  // list
      out->kind = Operand::Kind::List;
      ASSIGN_OR_RETURN(n, read_plain_u(r));
      if (n > r.remaining()) return r.error("list operand too long");
      out->list.resize(n);
      for (auto& e : out->list) {
        auto st = read_operand(r, &e, depth + 1);
        if (!st.ok()) return st;
      }
      return absl::OkStatus();
    }
    case 2: {  // float register
      out->kind = Operand::Kind::FloatReg;
      ASSIGN_OR_RETURN(n, read_plain_u(r));
      out->value = int64_t(n);
      return absl::OkStatus();
    }
    case 3: {  // allocation list
      out->kind = Operand::Kind::AllocList;
      ASSIGN_OR_RETURN(n, read_plain_u(r));
      for (uint64_t i = 0; i < n; i++) {
        ASSIGN_OR_RETURN(type, read_plain_u(r));
        ASSIGN_OR_RETURN(val, read_plain_u(r));
        if (type == 0) {
          out->alloc_words += val;
        } else if (type == 1) {
          out->alloc_floats += val;
        } else if (type == 2) {
          out->alloc_funs += val;
        } else {
          return r.error("bad allocation list entry");
        }
      }
      return absl::OkStatus();
    }
    case 4: {  // literal
      out->kind = Operand::Kind::Literal;
      ASSIGN_OR_RETURN(n, read_plain_u(r));
      out->value = int64_t(n);
      return absl::OkStatus();
    }
    case 5: {  // type-tagged register: the register, then a type index
      auto st = read_operand(r, out, depth + 1);
      if (!st.ok()) return st;
      if (out->kind != Operand::Kind::X && out->kind != Operand::Kind::Y) {
        return r.error("type-tagged operand is not a register");
      }
      ASSIGN_OR_RETURN(type_index, read_plain_u(r));
      (void)type_index;
      return absl::OkStatus();
    }
    default:
      return r.error(absl::StrFormat("unknown extended operand tag %d", ext));
  }
}

absl::Status read_operand(Reader& r, Operand* out, int depth) {
  if (depth > 4) return r.error("operands nested too deeply");
  ASSIGN_OR_RETURN(b, r.u8());
  unsigned tag = b & 7;
  if (tag == kTagZ) return read_extended(r, b, out, depth);
  auto st = read_compact_value(r, b, tag == kTagI, &out->value, &out->is_big,
                               &out->big);
  if (!st.ok()) return st;
  if (out->is_big && tag != kTagI) return r.error("operand value too large");
  switch (tag) {
    case kTagU: out->kind = Operand::Kind::U; break;
    case kTagI: out->kind = Operand::Kind::I; break;
    case kTagA: out->kind = Operand::Kind::Atom; break;
    case kTagX: out->kind = Operand::Kind::X; break;
    case kTagY: out->kind = Operand::Kind::Y; break;
    case kTagF: out->kind = Operand::Kind::Label; break;
    case kTagH: out->kind = Operand::Kind::Char; break;
  }
  if (!out->is_big && out->value < 0 && tag != kTagI) {
    return r.error("negative operand");
  }
  return absl::OkStatus();
}

// ---- chunks -------------------------------------------------------------------

struct OpInfo {
  const char* name;
  unsigned arity;
};
const OpInfo* opcode_info(unsigned op) {
  static const OpInfo table[] = {
      {"", 0},
#define OP(name, num, arity) {#name, arity},
      BEAMLINE_GENERIC_OPCODES(OP)
#undef OP
  };
  constexpr unsigned n = sizeof(table) / sizeof(table[0]);
  return op > 0 && op < n ? &table[op] : nullptr;
}

absl::Status parse_atoms(std::string_view data, BeamFile* f) {
  Reader r(data, "AtU8 chunk");
  ASSIGN_OR_RETURN(count, r.u32());
  if (count > r.remaining()) return r.error("atom count too large");
  for (uint32_t i = 0; i < count; i++) {
    ASSIGN_OR_RETURN(len, r.u8());
    ASSIGN_OR_RETURN(name, r.bytes(len));
    f->atoms.emplace_back(name);
  }
  if (f->atoms.empty()) return r.error("no module name");
  return absl::OkStatus();
}

absl::Status parse_code(std::string_view data, size_t base, BeamFile* f) {
  Reader r(data, "Code chunk", base);
  ASSIGN_OR_RETURN(info_size, r.u32());
  if (info_size < 16 || info_size > r.remaining()) {
    return r.error("bad code header size");
  }
  ASSIGN_OR_RETURN(version, r.u32());
  ASSIGN_OR_RETURN(max_opcode, r.u32());
  ASSIGN_OR_RETURN(labels, r.u32());
  ASSIGN_OR_RETURN(functions, r.u32());
  if (version != 0) return r.error("unsupported instruction set version");
  (void)max_opcode;
  f->label_count = labels;
  f->function_count = functions;
  auto skip = r.bytes(info_size - 16);
  if (!skip.ok()) return skip.status();
  while (!r.at_end()) {
    GenericInstr ins;
    ins.offset = uint32_t(base + r.pos());
    ASSIGN_OR_RETURN(op, r.u8());
    const OpInfo* info = opcode_info(op);
    if (!info) return r.error(absl::StrFormat("unknown opcode %d", op));
    ins.opcode = op;
    ins.args.resize(info->arity);
    for (auto& a : ins.args) {
      auto st = read_operand(r, &a);
      if (!st.ok()) return st;
    }
    f->code.push_back(std::move(ins));
    if (op == 3) break;  // int_code_end
  }
  if (f->code.empty() || f->code.back().opcode != 3) {
    return r.error("code does not end with int_code_end");
  }
  return absl::OkStatus();
}

absl::Status parse_imports(std::string_view data, BeamFile* f) {
  Reader r(data, "ImpT chunk");
  ASSIGN_OR_RETURN(count, r.u32());
  if (count > r.remaining() / 12) return r.error("import count too large");
  for (uint32_t i = 0; i < count; i++) {
    ImportEntry e;
    ASSIGN_OR_RETURN(m, r.u32());
    ASSIGN_OR_RETURN(fn, r.u32());
    ASSIGN_OR_RETURN(a, r.u32());
    e.module = m;
    e.function = fn;
    e.arity = a;
    f->imports.push_back(e);
  }
  return absl::OkStatus();
}

absl::Status parse_exports(std::string_view data, std::string_view what,
                           std::vector<ExportEntry>* out) {
  Reader r(data, what);
  ASSIGN_OR_RETURN(count, r.u32());
  if (count > r.remaining() / 12) return r.error("export count too large");
  for (uint32_t i = 0; i < count; i++) {
    ExportEntry e;
    ASSIGN_OR_RETURN(fn, r.u32());
    ASSIGN_OR_RETURN(a, r.u32());
    ASSIGN_OR_RETURN(l, r.u32());
    e.function = fn;
    e.arity = a;
    e.label = l;
    out->push_back(e);
  }
  return absl::OkStatus();
}

absl::Status parse_funs(std::string_view data, BeamFile* f) {
  Reader r(data, "FunT chunk");
  ASSIGN_OR_RETURN(count, r.u32());
  if (count > r.remaining() / 24) return r.error("fun count too large");
  for (uint32_t i = 0; i < count; i++) {
    FunTableEntry e;
    ASSIGN_OR_RETURN(fn, r.u32());
    ASSIGN_OR_RETURN(a, r.u32());
    ASSIGN_OR_RETURN(l, r.u32());
    ASSIGN_OR_RETURN(idx, r.u32());
    ASSIGN_OR_RETURN(nf, r.u32());
    ASSIGN_OR_RETURN(ou, r.u32());
    e.function = fn;
    e.arity = a;
    e.label = l;
    e.index = idx;
    e.num_free = nf;
    e.old_uniq = ou;
    f->funs.push_back(e);
  }
  return absl::OkStatus();
}

absl::Status parse_literals(std::string_view data, BeamFile* f) {
  Reader r(data, "LitT chunk");
  ASSIGN_OR_RETURN(raw_size, r.u32());
  std::string raw;
  if (raw_size == 0) {
    raw.assign(data.substr(4));  // stored uncompressed
  } else {
    // zlib cannot expand data more than about 1032:1: a larger claim is a
    // corrupt header, not a reason to allocate.
    if (raw_size > (256u << 20) || raw_size > (data.size() - 4) * 1040 + 1024) {
      return r.error("literal table size does not match its compressed data");
    }
    raw.resize(raw_size);
    uLongf out_len = raw_size;
    std::string_view z = data.substr(4);
    if (uncompress(reinterpret_cast<Bytef*>(raw.data()), &out_len,
                   reinterpret_cast<const Bytef*>(z.data()), z.size()) != Z_OK ||
        out_len != raw_size) {
      return r.error("corrupt compressed literal table");
    }
  }
  Reader lr(raw, "LitT chunk (uncompressed)");
  ASSIGN_OR_RETURN(count, lr.u32());
  if (count > lr.remaining() / 4) return lr.error("literal count too large");
  for (uint32_t i = 0; i < count; i++) {
    ASSIGN_OR_RETURN(size, lr.u32());
    ASSIGN_OR_RETURN(bytes, lr.bytes(size));
    f->literals.emplace_back(bytes);
  }
  return absl::OkStatus();
}

absl::Status parse_lines(std::string_view data, BeamFile* f) {
  Reader r(data, "Line chunk");
  ASSIGN_OR_RETURN(version, r.u32());
  if (version != 0) return absl::OkStatus();  // unknown version: no lines
  ASSIGN_OR_RETURN(flags, r.u32());
  ASSIGN_OR_RETURN(num_instrs, r.u32());
  ASSIGN_OR_RETURN(num_items, r.u32());
  ASSIGN_OR_RETURN(num_names, r.u32());
  (void)flags;
  (void)num_instrs;
  if (num_items > r.remaining() || num_names > r.remaining()) {
    return r.error("line table sizes too large");
  }
  f->line_items.push_back({0, 0});  // index 0: undefined location
  uint32_t file = 0;
  for (uint32_t i = 0; i < num_items;) {
    Operand op;
    auto st = read_operand(r, &op);
    if (!st.ok()) return st;
    if (op.kind == Operand::Kind::Atom) {  // switches the current file
      file = uint32_t(op.value);
      if (file > num_names) return r.error("bad file index in line table");
      continue;
    }
    if (op.kind != Operand::Kind::I) return r.error("bad line table item");
    f->line_items.push_back({file, uint32_t(op.value)});
    i++;
  }
  for (uint32_t i = 0; i < num_names; i++) {
    ASSIGN_OR_RETURN(len, r.u16());
    ASSIGN_OR_RETURN(name, r.bytes(len));
    f->line_files.emplace_back(name);
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<BeamFile> parse_beam_file(std::string_view bytes) {
  Reader r(bytes, "beam file");
  ASSIGN_OR_RETURN(form, r.bytes(4));
  if (form != "FOR1") return r.error("not a BEAM file (no FOR1 header)");
  ASSIGN_OR_RETURN(total, r.u32());
  if (total > r.remaining()) return r.error("file is truncated");
  ASSIGN_OR_RETURN(kind, r.bytes(4));
  if (kind != "BEAM") return r.error("not a BEAM file (form type is not BEAM)");

  BeamFile f;
  static constexpr std::string_view kMd5Chunks[] = {
      "Atom", "AtU8", "Code", "StrT", "ImpT", "ExpT", "FunT", "LitT", "Meta"};
  std::string_view md5_parts[std::size(kMd5Chunks)];
  bool have_atoms = false, have_code = false;
  std::string_view code_chunk;
  size_t code_base = 0;
  while (r.remaining() >= 8) {
    size_t chunk_start = r.pos();
    ASSIGN_OR_RETURN(id, r.bytes(4));
    ASSIGN_OR_RETURN(size, r.u32());
    if (size > r.remaining()) return r.error("chunk runs past end of file");
    size_t data_pos = r.pos();
    ASSIGN_OR_RETURN(data, r.bytes(size));
    size_t pad = (4 - size % 4) % 4;
    if (pad <= r.remaining()) (void)r.bytes(pad);
    for (size_t k = 0; k < std::size(kMd5Chunks); k++) {
      if (id == kMd5Chunks[k]) md5_parts[k] = data;
    }
    absl::Status st = absl::OkStatus();
    if (id == "AtU8") {
      st = parse_atoms(data, &f);
      have_atoms = true;
    } else if (id == "Atom") {
      return absl::InvalidArgumentError(
          "beam file: Latin-1 'Atom' chunk is from a pre-OTP-20 compiler; "
          "recompile with OTP 25");
    } else if (id == "Code") {
      code_chunk = data;
      code_base = data_pos;
      have_code = true;
    } else if (id == "StrT") {
      f.strings.assign(data);
    } else if (id == "ImpT") {
      st = parse_imports(data, &f);
    } else if (id == "ExpT") {
      st = parse_exports(data, "ExpT chunk", &f.exports);
    } else if (id == "FunT") {
      st = parse_funs(data, &f);
    } else if (id == "LitT") {
      st = parse_literals(data, &f);
    } else if (id == "Line") {
      st = parse_lines(data, &f);
    } else if (id == "Attr") {
      f.attributes.assign(data);
    } else if (id == "CInf") {
      f.compile_info.assign(data);
    }
    // LocT, Type, Dbgi, Docs, ExCk, Meta: not needed to run code.
    (void)chunk_start;
    if (!st.ok()) return st;
  }
  for (size_t k = 0; k < std::size(kMd5Chunks); k++) {
    if (kMd5Chunks[k] == "FunT" && md5_parts[k].size() >= 4) {
      // As erts does, hash FunT with every entry's OldUniq field zeroed.
      std::string funt(md5_parts[k]);
      for (size_t off = 4 + 20; off + 4 <= funt.size(); off += 24) {
        funt.replace(off, 4, 4, '\0');
      }
      f.md5_input.append(funt);
    } else {
      f.md5_input.append(md5_parts[k]);
    }
  }
  if (!have_atoms) return absl::InvalidArgumentError("beam file: no AtU8 chunk");
  if (!have_code) return absl::InvalidArgumentError("beam file: no Code chunk");
  auto st = parse_code(code_chunk, code_base, &f);
  if (!st.ok()) return st;
  return f;
}

}  // namespace beamline
