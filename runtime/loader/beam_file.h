// Reading the .beam container: the IFF chunks and the compact term encoding
// of instruction operands. Pure parsing: nothing here touches the VM.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "runtime/term/number.h"

namespace beamline {

// One decoded operand of a generic instruction.
struct Operand {
  enum class Kind : uint8_t {
    U,        // unsigned literal (counts, arities, indexes)
    I,        // integer literal (value in `value`, or `big` when large)
    Atom,     // atom table index (0 = NIL)
    X,
    Y,
    Label,    // label number (0 = no label)
    Char,
    FloatReg,
    Literal,  // index into the literal table
    List,     // `list` holds the elements
    AllocList,
  };
  Kind kind = Kind::U;
  int64_t value = 0;
  bool is_big = false;
  BigInt big;                 // for I when it does not fit in int64
  std::vector<Operand> list;  // for List
  // AllocList: words, floats, funs
  uint64_t alloc_words = 0, alloc_floats = 0, alloc_funs = 0;
};

struct GenericInstr {
  unsigned opcode;
  std::vector<Operand> args;
  uint32_t offset;  // byte offset in the Code chunk (for error messages)
};

struct ImportEntry {
  uint32_t module, function, arity;  // atom indexes are 1-based
};
struct ExportEntry {
  uint32_t function, arity, label;
};
struct FunTableEntry {
  uint32_t function, arity, label, index, num_free, old_uniq;
};
struct LineItem {  // one entry of the Line chunk's item table
  uint32_t file;   // index into file names (0 = the module's source)
  uint32_t line;
};

struct BeamFile {
  std::vector<std::string> atoms;  // atoms[0] is the module name
  std::vector<GenericInstr> code;
  uint32_t label_count = 0;
  uint32_t function_count = 0;
  std::string strings;  // StrT
  std::vector<ImportEntry> imports;
  std::vector<ExportEntry> exports;
  std::vector<FunTableEntry> funs;
  std::vector<std::string> literals;  // external-format blobs (with 131)
  std::vector<LineItem> line_items;   // index 0 = no location
  std::vector<std::string> line_files;
  std::string attributes;    // external format, may be empty
  std::string compile_info;  // external format, may be empty
  // The chunks the module MD5 covers, concatenated in beam_lib's order
  // (Atom, AtU8, Code, StrT, ImpT, ExpT, FunT, LitT, Meta).
  std::string md5_input;
};

// Parses a whole .beam file. Errors name the chunk and byte offset.
absl::StatusOr<BeamFile> parse_beam_file(std::string_view bytes);

}  // namespace beamline
