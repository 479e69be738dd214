#include "runtime/loader/loader.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_format.h"
#include "runtime/bifs/bif.h"
#include "runtime/loader/beam_file.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/external.h"
#include "runtime/util/md5.h"
#include "runtime/vm/instr.h"
#include "runtime/vm/vm.h"

namespace beamline {
namespace {

const void* const* g_handlers = nullptr;

using Kind = Operand::Kind;

// Builds one module's code. Labels are recorded as they are met and patched
// at the end; constants go into slots in the module's literal heap.
class CodeBuilder {
 public:
  CodeBuilder(VM* vm, std::string_view origin, const BeamFile& f, Module* m)
      : vm_(vm), origin_(origin), f_(f), m_(m) {}

  absl::Status build();

 private:
  absl::Status error(const GenericInstr& ins, std::string_view msg) const {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s: module %s: %s (instruction at Code offset %d)",
                        origin_, f_.atoms[0], msg, ins.offset));
  }

  absl::Status prepare();
  absl::Status emit(const GenericInstr& ins);
  absl::Status emit_operand(const GenericInstr& ins, const Operand& op);
  absl::Status emit_import(const GenericInstr& ins, const Operand& op);
  // gc_bif2's internal opcode for import operand `bif` (see instr.h).
  unsigned specialised_gc_bif2(const Operand& bif) const;
  absl::Status emit_string_ptr(const GenericInstr& ins, const Operand& op,
                               uint64_t len);
  absl::Status emit_bs_create_bin(const GenericInstr& ins);
  absl::Status emit_fun_entry(const GenericInstr& ins, const Operand& op);
  absl::Status finish();

  Term atom(uint64_t index) const {
    return index == 0 ? NIL : atoms_[index - 1];
  }
  void put(Term w) { m_->code.push_back(w); }
  void put_op(unsigned op) {
    op_positions_.push_back(m_->code.size());
    put(op);
  }
  Term const_slot(Term value);

  VM* vm_;
  std::string_view origin_;
  const BeamFile& f_;
  Module* m_;
  std::vector<Term> atoms_;
  std::vector<Term> literals_;
  std::vector<Export*> imports_;
  std::vector<size_t> label_pos_;                 // label -> code index
  std::vector<std::pair<size_t, uint64_t>> label_refs_;  // code index, label
  std::vector<size_t> op_positions_;
  absl::flat_hash_map<Term, Term> immediate_slots_;
  // Function bookkeeping while emitting.
  struct PendingFunc {
    size_t func_info_pos;
    Term name;
    unsigned arity;
  };
  std::vector<PendingFunc> funcs_;
  bool entry_label_pending_ = false;
  size_t on_load_pos_ = SIZE_MAX;
  struct PendingLine {
    size_t pos;
    uint32_t item;
  };
  std::vector<PendingLine> lines_;
};

Term CodeBuilder::const_slot(Term value) {
  if (is_immed(value)) {
    auto it = immediate_slots_.find(value);
    if (it != immediate_slots_.end()) return it->second;
  }
  Term* slot = m_->literals.alloc(1);
  *slot = value;
  Term enc = enc_const(slot);
  if (is_immed(value)) immediate_slots_[value] = enc;
  return enc;
}

absl::Status CodeBuilder::prepare() {
  m_->strings = f_.strings;
  for (size_t i = 1; i < f_.atoms.size() + 1; i++) {
    auto a = intern_atom(f_.atoms[i - 1]);
    if (!a.ok()) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "%s: bad atom in atom table: %s", origin_, a.status().message()));
    }
    atoms_.push_back(*a);
  }
  m_->name = atoms_[0];
  for (size_t i = 0; i < f_.literals.size(); i++) {
    auto lit = decode_external(m_->literals, f_.literals[i], vm_, false);
    if (!lit.ok()) {
      return absl::InvalidArgumentError(
          absl::StrFormat("%s: module %s: literal %d: %s", origin_,
                          f_.atoms[0], i, lit.status().message()));
    }
    literals_.push_back(*lit);
  }
  for (const ImportEntry& imp : f_.imports) {
    if (imp.module == 0 || imp.module > atoms_.size() || imp.function == 0 ||
        imp.function > atoms_.size()) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "%s: module %s: bad atom index in import table", origin_, f_.atoms[0]));
    }
    imports_.push_back(
        vm_->exports().get(atom(imp.module), atom(imp.function), imp.arity));
  }
  label_pos_.assign(f_.label_count + 1, SIZE_MAX);
  for (const FunTableEntry& fe : f_.funs) {
    if (fe.function == 0 || fe.function > atoms_.size()) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "%s: module %s: bad fun table entry", origin_, f_.atoms[0]));
    }
    auto entry = std::make_unique<FunEntry>();
    entry->module = m_->name;
    entry->function = atom(fe.function);
    entry->arity = fe.arity - fe.num_free;
    entry->num_free = fe.num_free;
    entry->index = fe.index;
    entry->old_uniq = fe.old_uniq;
    m_->funs.push_back(std::move(entry));
  }
  if (!f_.attributes.empty()) {
    auto a = decode_external(m_->literals, f_.attributes, vm_, false);
    if (a.ok()) m_->attributes = *a;
  }
  if (!f_.compile_info.empty()) {
    auto c = decode_external(m_->literals, f_.compile_info, vm_, false);
    if (c.ok()) m_->compile_info = *c;
  }
  return absl::OkStatus();
}

absl::Status CodeBuilder::emit_operand(const GenericInstr& ins,
                                       const Operand& op) {
  switch (op.kind) {
    case Kind::U:
      put(Term(op.value));
      return absl::OkStatus();
    case Kind::I:
      if (op.is_big) {
        put(const_slot(make_integer(m_->literals, op.big)));
      } else {
        put(const_slot(make_integer(m_->literals, op.value)));
      }
      return absl::OkStatus();
    case Kind::Char:
      put(const_slot(make_small(op.value)));
      return absl::OkStatus();
    case Kind::Atom:
      if (uint64_t(op.value) > atoms_.size()) return error(ins, "bad atom index");
      put(const_slot(atom(op.value)));
      return absl::OkStatus();
    case Kind::X:
      if (op.value >= kMaxXRegs) return error(ins, "x register out of range");
      put(enc_x(unsigned(op.value)));
      return absl::OkStatus();
    case Kind::Y:
      if (op.value >= 1 << 20) return error(ins, "y register out of range");
      put(enc_y(unsigned(op.value)));
      return absl::OkStatus();
    case Kind::FloatReg:
      if (op.value >= kFloatRegs) return error(ins, "float register out of range");
      put(enc_fr(unsigned(op.value)));
      return absl::OkStatus();
    case Kind::Label:
      if (uint64_t(op.value) > f_.label_count) return error(ins, "bad label");
      if (op.value == 0) {
        put(0);
      } else {
        label_refs_.push_back({m_->code.size(), uint64_t(op.value)});
        put(0);
      }
      return absl::OkStatus();
    case Kind::Literal:
      if (uint64_t(op.value) >= literals_.size()) {
        return error(ins, "bad literal index");
      }
      put(const_slot(literals_[op.value]));
      return absl::OkStatus();
    case Kind::List:
      put(op.list.size());
      for (const Operand& e : op.list) {
        auto st = emit_operand(ins, e);
        if (!st.ok()) return st;
      }
      return absl::OkStatus();
    case Kind::AllocList:
      put(op.alloc_words + op.alloc_floats * kFloatWords +
          op.alloc_funs * (kClosureFixedWords + 1));
      return absl::OkStatus();
  }
  return error(ins, "bad operand");
}

absl::Status CodeBuilder::emit_import(const GenericInstr& ins,
                                      const Operand& op) {
  if (op.kind != Kind::U || uint64_t(op.value) >= imports_.size()) {
    return error(ins, "bad import index");
  }
  put(ptr_word(imports_[op.value]));
  return absl::OkStatus();
}

unsigned CodeBuilder::specialised_gc_bif2(const Operand& bif) const {
  constexpr unsigned kGcBif2 = 125;
  if (bif.kind != Kind::U || uint64_t(bif.value) >= imports_.size()) return kGcBif2;
  const Export* e = imports_[bif.value];
  static const Term erlang = atom_from("erlang");
  static const Term plus = atom_from("+");
  static const Term minus = atom_from("-");
  if (e->module != erlang || e->arity != 2) return kGcBif2;
  if (e->function == plus) return kOpGcBifPlus;
  if (e->function == minus) return kOpGcBifMinus;
  return kGcBif2;
}

absl::Status CodeBuilder::emit_fun_entry(const GenericInstr& ins,
                                         const Operand& op) {
  if (op.kind != Kind::U || uint64_t(op.value) >= m_->funs.size()) {
    return error(ins, "bad fun index");
  }
  put(ptr_word(m_->funs[op.value].get()));
  return absl::OkStatus();
}

absl::Status CodeBuilder::emit_string_ptr(const GenericInstr& ins,
                                          const Operand& op, uint64_t len) {
  if (op.kind != Kind::U || uint64_t(op.value) > f_.strings.size() ||
      len > f_.strings.size() - uint64_t(op.value)) {
    return error(ins, "string operand outside the string table");
  }
  put(ptr_word(m_->strings.data() + op.value));
  return absl::OkStatus();
}

// bs_create_bin Fail Alloc Live Unit Dst {list, [Type, SegIdx, Unit, Flags,
// Src, Size] ...} becomes [op, fail, alloc, live, unit, dst, nsegs,
// (type, unit, flags, src, size) ...].
absl::Status CodeBuilder::emit_bs_create_bin(const GenericInstr& ins) {
  const auto& a = ins.args;
  if (a[5].kind != Kind::List || a[5].list.size() % 6 != 0) {
    return error(ins, "malformed bs_create_bin segment list");
  }
  put_op(ins.opcode);
  for (int i = 0; i < 5; i++) {
    auto st = emit_operand(ins, a[i]);
    if (!st.ok()) return st;
  }
  const auto& segs = a[5].list;
  put(segs.size() / 6);
  for (size_t s = 0; s < segs.size(); s += 6) {
    const Operand& type = segs[s];
    if (type.kind != Kind::Atom || uint64_t(type.value) > atoms_.size() ||
        type.value == 0) {
      return error(ins, "bad bs_create_bin segment type");
    }
    std::string_view tname = atom_name(atom(type.value));
    unsigned code;
    if (tname == "integer") code = kSegInteger;
    else if (tname == "float") code = kSegFloat;
    else if (tname == "binary") code = kSegBinary;
    else if (tname == "utf8") code = kSegUtf8;
    else if (tname == "utf16") code = kSegUtf16;
    else if (tname == "utf32") code = kSegUtf32;
    else if (tname == "string") code = kSegString;
    else if (tname == "append") code = kSegAppend;
    else if (tname == "private_append") code = kSegPrivateAppend;
    else return error(ins, "unknown bs_create_bin segment type");
    put(code);
    // unit
    if (segs[s + 2].kind != Kind::U) return error(ins, "bad segment unit");
    put(Term(segs[s + 2].value));
    // flags: nil, a literal list of atoms, or field-flag bits
    const Operand& fl = segs[s + 3];
    unsigned flags = 0;
    auto add_flag_atom = [&](Term t) {
      std::string_view n = is_atom(t) ? atom_name(t) : "";
      if (n == "little") flags |= 1;
      else if (n == "signed") flags |= 2;
      else if (n == "native") flags |= 4;
    };
    if (fl.kind == Kind::Literal) {
      if (uint64_t(fl.value) >= literals_.size()) return error(ins, "bad literal");
      for (Term l = literals_[fl.value]; is_list(l); l = cdr(l)) add_flag_atom(car(l));
    } else if (fl.kind == Kind::U) {
      // BEAM field flags: 2 = little, 4 = signed, 16 = native
      if (fl.value & 2) flags |= 1;
      if (fl.value & 4) flags |= 2;
      if (fl.value & 16) flags |= 4;
    } else if (!(fl.kind == Kind::Atom && fl.value == 0)) {
      return error(ins, "bad segment flags");
    }
    put(flags);
    if (code == kSegString) {
      const Operand& size = segs[s + 5];
      if (size.kind != Kind::U && size.kind != Kind::I) {
        return error(ins, "bad string segment size");
      }
      auto st = emit_string_ptr(ins, segs[s + 4], uint64_t(size.value));
      if (!st.ok()) return st;
      put(Term(size.value));
    } else {
      auto st = emit_operand(ins, segs[s + 4]);
      if (!st.ok()) return st;
      st = emit_operand(ins, segs[s + 5]);
      if (!st.ok()) return st;
    }
  }
  return absl::OkStatus();
}

absl::Status CodeBuilder::emit(const GenericInstr& ins) {
  const auto& a = ins.args;
  auto operands = [&](size_t from, size_t to) -> absl::Status {
    for (size_t i = from; i < to; i++) {
      auto st = emit_operand(ins, a[i]);
      if (!st.ok()) return st;
    }
    return absl::OkStatus();
  };
  switch (ins.opcode) {
    case 1: {  // label
      if (a[0].kind != Kind::U || uint64_t(a[0].value) > f_.label_count ||
          a[0].value == 0) {
        return error(ins, "bad label number");
      }
      label_pos_[a[0].value] = m_->code.size();
      if (entry_label_pending_) {
        entry_label_pending_ = false;
        const PendingFunc& fn = funcs_.back();
        Export* e = vm_->exports().find(m_->name, fn.name, fn.arity);
        if (e && e->bif) {
          put_op(kOpBifStub);
          put(ptr_word(e));
        }
      }
      return absl::OkStatus();
    }
    case 2: {  // func_info M F A
      if (a[1].kind != Kind::Atom || a[2].kind != Kind::U ||
          uint64_t(a[1].value) > atoms_.size()) {
        return error(ins, "malformed func_info");
      }
      funcs_.push_back({m_->code.size(), atom(a[1].value), unsigned(a[2].value)});
      entry_label_pending_ = true;
      put_op(ins.opcode);
      return operands(0, 3);
    }
    case 3:  // int_code_end
      return absl::OkStatus();
    case 153:  // line
      if (a[0].kind != Kind::U) return error(ins, "malformed line");
      lines_.push_back({m_->code.size(), uint32_t(a[0].value)});
      return absl::OkStatus();
    case 7:   // call_ext Arity Import
    case 78:  // call_ext_only
      put_op(ins.opcode);
      put(Term(a[0].value));
      return emit_import(ins, a[1]);
    case 8:  // call_ext_last Arity Import Dealloc
      put_op(ins.opcode);
      put(Term(a[0].value));
      if (auto st = emit_import(ins, a[1]); !st.ok()) return st;
      put(Term(a[2].value));
      return absl::OkStatus();
    case 9:  // bif0 Bif Dst
      put_op(ins.opcode);
      if (auto st = emit_import(ins, a[0]); !st.ok()) return st;
      return operands(1, 2);
    case 10:  // bif1 Fail Bif Arg Dst
    case 11:  // bif2 Fail Bif A1 A2 Dst
      put_op(ins.opcode);
      if (auto st = operands(0, 1); !st.ok()) return st;
      if (auto st = emit_import(ins, a[1]); !st.ok()) return st;
      return operands(2, a.size());
    case 124:  // gc_bif1 Fail Live Bif A Dst
    case 125:
    case 152:
      put_op(ins.opcode == 125 ? specialised_gc_bif2(a[2]) : ins.opcode);
      if (auto st = operands(0, 2); !st.ok()) return st;
      if (auto st = emit_import(ins, a[2]); !st.ok()) return st;
      return operands(3, a.size());
    case 103:  // make_fun2 Index
      put_op(ins.opcode);
      return emit_fun_entry(ins, a[0]);
    case 171:  // make_fun3 Index Dst FreeList
      put_op(ins.opcode);
      if (auto st = emit_fun_entry(ins, a[0]); !st.ok()) return st;
      return operands(1, 3);
    case 132:  // bs_match_string Fail Ctx Bits Offset
      put_op(ins.opcode);
      if (auto st = operands(0, 3); !st.ok()) return st;
      if (a[2].kind != Kind::U) return error(ins, "bad bs_match_string size");
      return emit_string_ptr(ins, a[3], (uint64_t(a[2].value) + 7) / 8);
    case 92:  // bs_put_string Len Offset
      put_op(ins.opcode);
      if (a[0].kind != Kind::U) return error(ins, "bad bs_put_string length");
      put(Term(a[0].value));
      return emit_string_ptr(ins, a[1], uint64_t(a[0].value));
    case 170:  // bs_start_match4 Fail Live Src Dst
      put_op(ins.opcode);
      if (a[0].kind == Kind::Atom) {
        put(0);  // no_fail / resume: the source is known to be a bitstring
      } else if (auto st = operands(0, 1); !st.ok()) {
        return st;
      }
      return operands(1, 4);
    case 177:
      return emit_bs_create_bin(ins);
    case 149:  // on_load: this function runs when the module is loaded
      on_load_pos_ = m_->code.size();
      return absl::OkStatus();
    case 179:  // nif_start
      return absl::OkStatus();
    default:
      put_op(ins.opcode);
      return operands(0, a.size());
  }
}

absl::Status CodeBuilder::finish() {
  const Term* base = m_->code.data();
  for (auto [pos, label] : label_refs_) {
    if (label_pos_[label] == SIZE_MAX) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "%s: module %s: reference to undefined label %d", origin_,
          f_.atoms[0], label));
    }
    m_->code[pos] = ptr_word(base + label_pos_[label]);
  }
  // Functions, sorted by address (they are emitted in order).
  for (size_t i = 0; i < funcs_.size(); i++) {
    size_t end = i + 1 < funcs_.size() ? funcs_[i + 1].func_info_pos
                                       : m_->code.size();
    FunctionInfo fi;
    fi.name = funcs_[i].name;
    fi.arity = funcs_[i].arity;
    fi.func_info = base + funcs_[i].func_info_pos;
    fi.start = fi.func_info + 4;
    fi.end = base + end;
    m_->functions.push_back(fi);
  }
  // Line entries.
  std::string module_file = std::string(f_.atoms[0]) + ".erl";
  std::vector<Term> file_terms;
  file_terms.push_back(utf8_to_charlist(m_->literals, module_file));
  for (const std::string& name : f_.line_files) {
    file_terms.push_back(utf8_to_charlist(m_->literals, name));
  }
  for (const PendingLine& l : lines_) {
    if (l.item >= f_.line_items.size()) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "%s: module %s: bad line index %d", origin_, f_.atoms[0], l.item));
    }
    const LineItem& item = f_.line_items[l.item];
    LineEntry e;
    e.addr = base + l.pos;
    if (l.item == 0 || item.file >= file_terms.size()) {
      e.file = NIL;
      e.line = 0;
    } else {
      e.file = file_terms[item.file];
      e.line = item.line;
    }
    if (!m_->lines.empty() && m_->lines.back().addr == e.addr) {
      m_->lines.back() = e;
    } else {
      m_->lines.push_back(e);
    }
  }
  // Fun entries: code addresses.
  for (size_t i = 0; i < f_.funs.size(); i++) {
    uint32_t label = f_.funs[i].label;
    if (label == 0 || label > f_.label_count || label_pos_[label] == SIZE_MAX) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "%s: module %s: fun %d refers to an undefined label", origin_,
          f_.atoms[0], i));
    }
    m_->funs[i]->code = base + label_pos_[label];
    m_->funs[i]->md5 = m_->md5;
  }
  if (on_load_pos_ != SIZE_MAX) {
    m_->on_load = base + on_load_pos_;
    m_->on_load_pending = true;
  }
  // Exports (published by the VM once the whole module loaded).
  for (const ExportEntry& e : f_.exports) {
    if (e.function == 0 || e.function > atoms_.size() || e.label == 0 ||
        e.label > f_.label_count || label_pos_[e.label] == SIZE_MAX) {
      return absl::InvalidArgumentError(absl::StrFormat(
          "%s: module %s: bad export table entry", origin_, f_.atoms[0]));
    }
    Export* exp = vm_->exports().get(m_->name, atom(e.function), e.arity);
    m_->exports.push_back({exp, base + label_pos_[e.label]});
  }
  // Threaded dispatch: replace opcode numbers with handler addresses.
  if (g_handlers) {
    for (size_t pos : op_positions_) {
      m_->code[pos] = ptr_word(g_handlers[m_->code[pos]]);
    }
  }
  return absl::OkStatus();
}

absl::Status CodeBuilder::build() {
  if (auto st = prepare(); !st.ok()) return st;
  // Reserve generously so that the code vector never reallocates while
  // addresses are being taken (labels are patched in finish()).
  m_->code.reserve(f_.code.size() * 8 + 16);
  for (const GenericInstr& ins : f_.code) {
    if (auto st = emit(ins); !st.ok()) return st;
  }
  return finish();
}

}  // namespace

void set_instruction_handlers(const void* const* table) { g_handlers = table; }

absl::StatusOr<std::unique_ptr<Module>> load_beam(VM* vm,
                                                  std::string_view origin,
                                                  std::string_view beam_bytes) {
  auto parsed = parse_beam_file(beam_bytes);
  if (!parsed.ok()) {
    return absl::InvalidArgumentError(
        absl::StrFormat("%s: %s", origin, parsed.status().message()));
  }
  auto m = std::make_unique<Module>();
  m->md5 = md5_digest(parsed->md5_input);
  CodeBuilder b(vm, origin, *parsed, m.get());
  if (auto st = b.build(); !st.ok()) return st;
  return m;
}

}  // namespace beamline
