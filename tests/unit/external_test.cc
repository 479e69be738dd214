// The external term format against erl (OTP 25). Every expected byte string
// below was printed by erl for term_to_binary/1,2 of the same term.
#include "runtime/term/external.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "runtime/bifs/bif.h"
#include "runtime/term/atom_table.h"
#include "runtime/term/binary.h"
#include "runtime/term/compare.h"
#include "runtime/term/map.h"
#include "runtime/vm/module.h"
#include "runtime/vm/process.h"
#include "runtime/vm/vm.h"
#include "tests/unit/test_terms.h"

namespace beamline {

void register_erlang_external_bifs(BifRegistry& r);

namespace {

using Bytes = std::vector<uint8_t>;
using tb::closure;
using tb::export_fun;
using tb::make_export;
using tb::ref;

struct Vector {
  const char* label;  // "opts:name" or "name"
  Bytes bytes;
};

// clang-format off
const Vector kVectors[] = {
    {"int_0", {131, 97, 0}},
    {"int_255", {131, 97, 255}},
    {"int_256", {131, 98, 0, 0, 1, 0}},
    {"int_m1", {131, 98, 255, 255, 255, 255}},
    {"int_max32", {131, 98, 127, 255, 255, 255}},
    {"int_2p31", {131, 110, 4, 0, 0, 0, 0, 128}},
    {"int_min32", {131, 98, 128, 0, 0, 0}},
    {"int_min32m1", {131, 110, 4, 1, 1, 0, 0, 128}},
    {"int_maxsmall", {131, 110, 8, 0, 255, 255, 255, 255, 255, 255, 255, 7}},
    {"int_2p59", {131, 110, 8, 0, 0, 0, 0, 0, 0, 0, 0, 8}},
    {"int_m2p59", {131, 110, 8, 1, 0, 0, 0, 0, 0, 0, 0, 8}},
    {"int_m2p59m1", {131, 110, 8, 1, 1, 0, 0, 0, 0, 0, 0, 8}},
    {"int_2p64", {131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}},
    {"int_m2p64", {131, 110, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1}},
    {"int_2p100", {131, 110, 13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16}},
    {"int_2p2048", {131, 111, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}},
    {"int_2p63m1", {131, 110, 8, 0, 255, 255, 255, 255, 255, 255, 255, 127}},
    {"int_2p64m1", {131, 110, 8, 0, 255, 255, 255, 255, 255, 255, 255, 255}},
    {"float_0", {131, 70, 0, 0, 0, 0, 0, 0, 0, 0}},
    {"float_m0", {131, 70, 128, 0, 0, 0, 0, 0, 0, 0}},
    {"float_1_5", {131, 70, 63, 248, 0, 0, 0, 0, 0, 0}},
    {"float_pi", {131, 70, 64, 9, 33, 251, 84, 68, 45, 24}},
    {"float_1e300", {131, 70, 126, 55, 228, 60, 136, 0, 117, 156}},
    {"float_m1em300", {131, 70, 129, 170, 116, 158, 194, 255, 92, 138}},
    {"atom_abc", {131, 100, 0, 3, 97, 98, 99}},
    {"atom_empty", {131, 100, 0, 0}},
    {"atom_latin1", {131, 100, 0, 2, 233, 120}},
    {"atom_unicode", {131, 119, 2, 207, 168}},
    {"atom_long_utf8", {131, 118, 1, 144, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168}},
    {"atom_255", {131, 100, 0, 255, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122, 122,
      122, 122, 122, 122, 122, 122}},
    {"tuple_0", {131, 104, 0}},
    {"tuple_3", {131, 104, 3, 97, 1, 97, 2, 97, 3}},
    {"tuple_256", {131, 105, 0, 0, 1, 0, 97, 1, 97, 2, 97, 3, 97, 4, 97, 5, 97, 6, 97, 7,
      97, 8, 97, 9, 97, 10, 97, 11, 97, 12, 97, 13, 97, 14, 97, 15, 97, 16, 97, 17, 97,
      18, 97, 19, 97, 20, 97, 21, 97, 22, 97, 23, 97, 24, 97, 25, 97, 26, 97, 27, 97, 28,
      97, 29, 97, 30, 97, 31, 97, 32, 97, 33, 97, 34, 97, 35, 97, 36, 97, 37, 97, 38, 97,
      39, 97, 40, 97, 41, 97, 42, 97, 43, 97, 44, 97, 45, 97, 46, 97, 47, 97, 48, 97, 49,
      97, 50, 97, 51, 97, 52, 97, 53, 97, 54, 97, 55, 97, 56, 97, 57, 97, 58, 97, 59, 97,
      60, 97, 61, 97, 62, 97, 63, 97, 64, 97, 65, 97, 66, 97, 67, 97, 68, 97, 69, 97, 70,
      97, 71, 97, 72, 97, 73, 97, 74, 97, 75, 97, 76, 97, 77, 97, 78, 97, 79, 97, 80, 97,
      81, 97, 82, 97, 83, 97, 84, 97, 85, 97, 86, 97, 87, 97, 88, 97, 89, 97, 90, 97, 91,
      97, 92, 97, 93, 97, 94, 97, 95, 97, 96, 97, 97, 97, 98, 97, 99, 97, 100, 97, 101,
      97, 102, 97, 103, 97, 104, 97, 105, 97, 106, 97, 107, 97, 108, 97, 109, 97, 110, 97,
      111, 97, 112, 97, 113, 97, 114, 97, 115, 97, 116, 97, 117, 97, 118, 97, 119, 97,
      120, 97, 121, 97, 122, 97, 123, 97, 124, 97, 125, 97, 126, 97, 127, 97, 128, 97,
      129, 97, 130, 97, 131, 97, 132, 97, 133, 97, 134, 97, 135, 97, 136, 97, 137, 97,
      138, 97, 139, 97, 140, 97, 141, 97, 142, 97, 143, 97, 144, 97, 145, 97, 146, 97,
      147, 97, 148, 97, 149, 97, 150, 97, 151, 97, 152, 97, 153, 97, 154, 97, 155, 97,
      156, 97, 157, 97, 158, 97, 159, 97, 160, 97, 161, 97, 162, 97, 163, 97, 164, 97,
      165, 97, 166, 97, 167, 97, 168, 97, 169, 97, 170, 97, 171, 97, 172, 97, 173, 97,
      174, 97, 175, 97, 176, 97, 177, 97, 178, 97, 179, 97, 180, 97, 181, 97, 182, 97,
      183, 97, 184, 97, 185, 97, 186, 97, 187, 97, 188, 97, 189, 97, 190, 97, 191, 97,
      192, 97, 193, 97, 194, 97, 195, 97, 196, 97, 197, 97, 198, 97, 199, 97, 200, 97,
      201, 97, 202, 97, 203, 97, 204, 97, 205, 97, 206, 97, 207, 97, 208, 97, 209, 97,
      210, 97, 211, 97, 212, 97, 213, 97, 214, 97, 215, 97, 216, 97, 217, 97, 218, 97,
      219, 97, 220, 97, 221, 97, 222, 97, 223, 97, 224, 97, 225, 97, 226, 97, 227, 97,
      228, 97, 229, 97, 230, 97, 231, 97, 232, 97, 233, 97, 234, 97, 235, 97, 236, 97,
      237, 97, 238, 97, 239, 97, 240, 97, 241, 97, 242, 97, 243, 97, 244, 97, 245, 97,
      246, 97, 247, 97, 248, 97, 249, 97, 250, 97, 251, 97, 252, 97, 253, 97, 254, 97,
      255, 98, 0, 0, 1, 0}},
    {"nil", {131, 106}},
    {"str_abc", {131, 107, 0, 3, 97, 98, 99}},
    {"list_300", {131, 108, 0, 0, 0, 3, 97, 1, 97, 2, 98, 0, 0, 1, 44, 106}},
    {"improper", {131, 108, 0, 0, 0, 1, 97, 1, 97, 2}},
    {"mixed", {131, 108, 0, 0, 0, 3, 100, 0, 1, 97, 97, 98, 97, 99, 106}},
    {"nested_str", {131, 108, 0, 0, 0, 1, 107, 0, 2, 97, 98, 106}},
    {"list_neg", {131, 108, 0, 0, 0, 1, 98, 255, 255, 255, 255, 106}},
    {"list_nil", {131, 108, 0, 0, 0, 1, 106, 106}},
    {"str_improper", {131, 108, 0, 0, 0, 2, 97, 97, 97, 98, 97, 99}},
    {"deep_tuple_list", {131, 108, 0, 0, 0, 2, 104, 2, 100, 0, 1, 97, 108, 0, 0, 0, 2, 70,
      63, 248, 0, 0, 0, 0, 0, 0, 109, 0, 0, 0, 1, 120, 106, 107, 0, 2, 111, 107, 106}},
    {"bin_empty", {131, 109, 0, 0, 0, 0}},
    {"bin_3", {131, 109, 0, 0, 0, 3, 1, 2, 3}},
    {"bin_100", {131, 109, 0, 0, 0, 100, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
      7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
      7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
      7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,
      7}},
    {"bits_3", {131, 77, 0, 0, 0, 1, 3, 32}},
    {"bits_11", {131, 77, 0, 0, 0, 2, 3, 255, 224}},
    {"bits_unaligned", {131, 77, 0, 0, 0, 3, 4, 8, 16, 16}},
    {"map_empty", {131, 116, 0, 0, 0, 0}},
    {"map_ab", {131, 116, 0, 0, 0, 2, 100, 0, 1, 97, 97, 1, 100, 0, 1, 98, 97, 2}},
    {"map_int_float", {131, 116, 0, 0, 0, 2, 97, 1, 100, 0, 1, 97, 70, 63, 240, 0, 0, 0,
      0, 0, 0, 100, 0, 1, 98}},
    {"map_40", {131, 116, 0, 0, 0, 40, 97, 33, 97, 33, 97, 12, 97, 12, 97, 23, 97, 23, 97,
      29, 97, 29, 97, 30, 97, 30, 97, 39, 97, 39, 97, 26, 97, 26, 97, 31, 97, 31, 97, 11,
      97, 11, 97, 37, 97, 37, 97, 9, 97, 9, 97, 32, 97, 32, 97, 34, 97, 34, 97, 25, 97,
      25, 97, 28, 97, 28, 97, 6, 97, 6, 97, 38, 97, 38, 97, 13, 97, 13, 97, 40, 97, 40,
      97, 20, 97, 20, 97, 15, 97, 15, 97, 14, 97, 14, 97, 2, 97, 2, 97, 7, 97, 7, 97, 1,
      97, 1, 97, 8, 97, 8, 97, 3, 97, 3, 97, 17, 97, 17, 97, 22, 97, 22, 97, 21, 97, 21,
      97, 4, 97, 4, 97, 36, 97, 36, 97, 24, 97, 24, 97, 10, 97, 10, 97, 35, 97, 35, 97,
      27, 97, 27, 97, 19, 97, 19, 97, 5, 97, 5, 97, 18, 97, 18, 97, 16, 97, 16}},
    {"map_nested", {131, 116, 0, 0, 0, 1, 116, 0, 0, 0, 0, 108, 0, 0, 0, 1, 116, 0, 0, 0,
      1, 100, 0, 1, 120, 100, 0, 1, 121, 106}},
    {"pid_9", {131, 88, 100, 0, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111,
      115, 116, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0}},
    {"pid_4_5", {131, 88, 100, 0, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104,
      111, 115, 116, 0, 0, 0, 4, 0, 0, 0, 5, 0, 0, 0, 0}},
    {"port_5", {131, 89, 100, 0, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111,
      115, 116, 0, 0, 0, 5, 0, 0, 0, 0}},
    {"ref_123", {131, 90, 0, 3, 100, 0, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111,
      104, 111, 115, 116, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 1}},
    {"export", {131, 113, 100, 0, 5, 108, 105, 115, 116, 115, 100, 0, 3, 109, 97, 112, 97,
      2}},
    {"mv0:float_1_5", {131, 99, 49, 46, 53, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,
      48, 48, 48, 48, 48, 48, 48, 48, 101, 43, 48, 48, 0, 0, 0, 0, 0}},
    {"mv0:float_m0", {131, 99, 45, 48, 46, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,
      48, 48, 48, 48, 48, 48, 48, 48, 101, 43, 48, 48, 0, 0, 0, 0}},
    {"mv0:float_1e300", {131, 99, 49, 46, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48, 48,
      48, 48, 48, 48, 53, 50, 53, 48, 101, 43, 51, 48, 48, 0, 0, 0, 0}},
    {"mv0:float_m1em300", {131, 99, 45, 49, 46, 50, 51, 52, 52, 57, 57, 57, 57, 57, 57,
      57, 57, 57, 57, 57, 57, 54, 50, 50, 50, 101, 45, 51, 48, 48, 0, 0, 0}},
    {"mv0:atom_latin1", {131, 100, 0, 2, 233, 120}},
    {"mv2:atom_abc", {131, 119, 3, 97, 98, 99}},
    {"mv2:atom_latin1", {131, 119, 3, 195, 169, 120}},
    {"mv2:atom_long_utf8", {131, 118, 1, 144, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168,
      207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207, 168, 207,
      168}},
    {"mv2:pid_9", {131, 88, 119, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111,
      115, 116, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0}},
    {"det:map_40", {131, 116, 0, 0, 0, 40, 97, 1, 97, 1, 97, 2, 97, 2, 97, 3, 97, 3, 97,
      4, 97, 4, 97, 5, 97, 5, 97, 6, 97, 6, 97, 7, 97, 7, 97, 8, 97, 8, 97, 9, 97, 9, 97,
      10, 97, 10, 97, 11, 97, 11, 97, 12, 97, 12, 97, 13, 97, 13, 97, 14, 97, 14, 97, 15,
      97, 15, 97, 16, 97, 16, 97, 17, 97, 17, 97, 18, 97, 18, 97, 19, 97, 19, 97, 20, 97,
      20, 97, 21, 97, 21, 97, 22, 97, 22, 97, 23, 97, 23, 97, 24, 97, 24, 97, 25, 97, 25,
      97, 26, 97, 26, 97, 27, 97, 27, 97, 28, 97, 28, 97, 29, 97, 29, 97, 30, 97, 30, 97,
      31, 97, 31, 97, 32, 97, 32, 97, 33, 97, 33, 97, 34, 97, 34, 97, 35, 97, 35, 97, 36,
      97, 36, 97, 37, 97, 37, 97, 38, 97, 38, 97, 39, 97, 39, 97, 40, 97, 40}},
    {"det:map_int_float", {131, 116, 0, 0, 0, 2, 97, 1, 100, 0, 1, 97, 70, 63, 240, 0, 0,
      0, 0, 0, 0, 100, 0, 1, 98}},
    {"c6:ab20", {131, 80, 0, 0, 0, 45, 120, 156, 203, 101, 96, 96, 208, 72, 76, 34, 14, 2,
      0, 82, 17, 15, 210}},
    {"c6:a", {131, 100, 0, 1, 97}},
    {"c1:list", {131, 80, 0, 0, 2, 229, 120, 1, 21, 210, 119, 131, 8, 4, 28, 0, 208, 59,
      103, 221, 29, 238, 14, 119, 182, 227, 220, 25, 119, 215, 180, 119, 42, 161, 68, 73,
      9, 149, 222, 149, 178, 42, 74, 40, 91, 218, 200, 46, 100, 52, 85, 34, 164, 140, 150,
      162, 65, 105, 217, 26, 162, 164, 105, 53, 104, 145, 223, 63, 239, 19, 188, 65, 9, 9,
      137, 133, 18, 21, 147, 164, 184, 18, 74, 42, 165, 180, 100, 41, 82, 149, 81, 86, 57,
      105, 210, 101, 40, 175, 130, 138, 50, 101, 169, 164, 178, 42, 170, 170, 166, 186,
      26, 106, 202, 86, 75, 109, 57, 234, 200, 149, 167, 174, 122, 234, 107, 32, 95, 129,
      66, 103, 56, 211, 89, 206, 118, 142, 115, 53, 212, 72, 99, 77, 52, 213, 76, 115, 45,
      180, 212, 74, 107, 109, 180, 117, 158, 118, 206, 119, 129, 11, 181, 119, 145, 14,
      58, 234, 228, 98, 151, 232, 236, 82, 93, 116, 117, 153, 203, 117, 115, 133, 238,
      174, 116, 149, 30, 174, 214, 83, 47, 189, 93, 227, 90, 215, 233, 227, 122, 20, 185,
      193, 141, 250, 186, 201, 205, 250, 233, 111, 128, 129, 6, 185, 197, 173, 110, 51,
      216, 16, 183, 187, 195, 80, 119, 26, 102, 184, 17, 238, 114, 183, 145, 70, 25, 109,
      140, 177, 198, 25, 111, 130, 123, 76, 116, 175, 251, 220, 239, 1, 15, 122, 200, 195,
      38, 153, 108, 138, 71, 76, 53, 205, 116, 51, 204, 52, 203, 108, 143, 122, 204, 28,
      115, 205, 243, 184, 249, 22, 88, 104, 145, 39, 60, 233, 41, 79, 123, 198, 179, 22,
      123, 206, 243, 94, 176, 196, 139, 150, 90, 230, 37, 203, 173, 176, 210, 203, 86,
      121, 197, 171, 86, 91, 99, 173, 117, 94, 243, 186, 55, 188, 233, 45, 235, 189, 237,
      29, 27, 108, 244, 174, 247, 188, 239, 3, 155, 108, 246, 161, 143, 108, 241, 177, 79,
      124, 234, 51, 159, 219, 106, 155, 237, 118, 216, 105, 151, 221, 246, 248, 194, 151,
      190, 242, 181, 189, 190, 177, 207, 126, 223, 250, 206, 1, 223, 59, 232, 7, 63, 250,
      201, 207, 126, 241, 171, 67, 14, 59, 226, 168, 99, 126, 243, 187, 63, 252, 233, 184,
      19, 254, 242, 183, 127, 252, 235, 63, 39, 157, 42, 58, 93, 32, 33, 72, 12, 138, 5,
      73, 65, 241, 160, 68, 80, 50, 40, 21, 148, 14, 146, 131, 148, 32, 53, 40, 19, 148,
      13, 202, 5, 105, 65, 122, 144, 17, 148, 15, 42, 4, 21, 131, 204, 32, 43, 168, 20,
      84, 14, 170, 4, 85, 131, 106, 65, 245, 160, 70, 80, 51, 200, 14, 106, 5, 181, 131,
      156, 160, 78, 144, 27, 228, 5, 117, 131, 122, 65, 253, 160, 65, 144, 31, 20, 4, 133,
      3, 254, 7, 35, 56, 246, 104}},
    {"c9:list", {131, 80, 0, 0, 2, 229, 120, 218, 21, 210, 119, 131, 8, 4, 28, 0, 208, 59,
      103, 221, 29, 238, 14, 119, 182, 227, 220, 25, 119, 215, 180, 119, 42, 161, 68, 73,
      9, 149, 222, 149, 178, 42, 74, 40, 91, 218, 200, 46, 100, 52, 85, 34, 164, 140, 150,
      162, 65, 105, 217, 26, 162, 164, 105, 53, 104, 145, 223, 63, 239, 19, 188, 65, 9, 9,
      137, 133, 18, 21, 147, 164, 184, 18, 74, 42, 165, 180, 100, 41, 82, 149, 81, 86, 57,
      105, 210, 101, 40, 175, 130, 138, 50, 101, 169, 164, 178, 42, 170, 170, 166, 186,
      26, 106, 202, 86, 75, 109, 57, 234, 200, 149, 167, 174, 122, 234, 107, 32, 95, 129,
      66, 103, 56, 211, 89, 206, 118, 142, 115, 53, 212, 72, 99, 77, 52, 213, 76, 115, 45,
      180, 212, 74, 107, 109, 180, 117, 158, 118, 206, 119, 129, 11, 181, 119, 145, 14,
      58, 234, 228, 98, 151, 232, 236, 82, 93, 116, 117, 153, 203, 117, 115, 133, 238,
      174, 116, 149, 30, 174, 214, 83, 47, 189, 93, 227, 90, 215, 233, 227, 122, 20, 185,
      193, 141, 250, 186, 201, 205, 250, 233, 111, 128, 129, 6, 185, 197, 173, 110, 51,
      216, 16, 183, 187, 195, 80, 119, 26, 102, 184, 17, 238, 114, 183, 145, 70, 25, 109,
      140, 177, 198, 25, 111, 130, 123, 76, 116, 175, 251, 220, 239, 1, 15, 122, 200, 195,
      38, 153, 108, 138, 71, 76, 53, 205, 116, 51, 204, 52, 203, 108, 143, 122, 204, 28,
      115, 205, 243, 184, 249, 22, 88, 104, 145, 39, 60, 233, 41, 79, 123, 198, 179, 22,
      123, 206, 243, 94, 176, 196, 139, 150, 90, 230, 37, 203, 173, 176, 210, 203, 86,
      121, 197, 171, 86, 91, 99, 173, 117, 94, 243, 186, 55, 188, 233, 45, 235, 189, 237,
      29, 27, 108, 244, 174, 247, 188, 239, 3, 155, 108, 246, 161, 143, 108, 241, 177, 79,
      124, 234, 51, 159, 219, 106, 155, 237, 118, 216, 105, 151, 221, 246, 248, 194, 151,
      190, 242, 181, 189, 190, 177, 207, 126, 223, 250, 206, 1, 223, 59, 232, 7, 63, 250,
      201, 207, 126, 241, 171, 67, 14, 59, 226, 168, 99, 126, 243, 187, 63, 252, 233, 184,
      19, 254, 242, 183, 127, 252, 235, 63, 39, 157, 42, 58, 93, 32, 33, 72, 12, 138, 5,
      73, 65, 241, 160, 68, 80, 50, 40, 21, 148, 14, 146, 131, 148, 32, 53, 40, 19, 148,
      13, 202, 5, 105, 65, 122, 144, 17, 148, 15, 42, 4, 21, 131, 204, 32, 43, 168, 20,
      84, 14, 170, 4, 85, 131, 106, 65, 245, 160, 70, 80, 51, 200, 14, 106, 5, 181, 131,
      156, 160, 78, 144, 27, 228, 5, 117, 131, 122, 65, 253, 160, 65, 144, 31, 20, 4, 133,
      3, 254, 7, 35, 56, 246, 104}},
};
// clang-format on

std::string str(const Bytes& b) { return std::string(b.begin(), b.end()); }

Term big(Heap& h, bool neg, std::vector<uint64_t> limbs) {
  Term* p = h.alloc(1 + limbs.size());
  p[0] = make_header(neg ? Sub::BigNeg : Sub::BigPos, limbs.size());
  for (size_t i = 0; i < limbs.size(); i++) p[1 + i] = limbs[i];
  return make_boxed(p);
}

Term flt(Heap& h, double d) {
  Term* p = h.alloc(kFloatWords);
  p[0] = make_header(Sub::Float, 1);
  std::memcpy(p + 1, &d, sizeof d);
  return make_boxed(p);
}

Term list(Heap& h, std::vector<Term> elems, Term tail = NIL) {
  return make_list_from(h, elems.data(), elems.size(), tail);
}

Term str_list(Heap& h, std::string_view s) { return bytes_to_list(h, s); }

// Keys must be given in term order.
Term flatmap(Heap& h, std::vector<std::pair<Term, Term>> kv) {
  size_t n = kv.size();
  Term* keys = h.alloc(n + 1);
  keys[0] = make_header(Sub::Tuple, n);
  Term* m = h.alloc(n + 2);
  m[0] = make_header(Sub::FlatMap, n + 1);
  m[1] = make_boxed(keys);
  for (size_t i = 0; i < n; i++) {
    keys[1 + i] = kv[i].first;
    m[2 + i] = kv[i].second;
  }
  return make_boxed(m);
}

std::string utf8_repeat(uint32_t cp, size_t n) {
  std::string one;
  append_utf8(cp, &one);
  std::string s;
  for (size_t i = 0; i < n; i++) s += one;
  return s;
}

// The module md5 of the etffun module erl compiled for the closure vectors.
const uint8_t kEtfFunMd5[16] = {254, 150, 70,  10,  148, 255, 110, 186,
                                175, 152, 242, 20,  204, 198, 215, 234};

FunEntry* etffun_entry(uint32_t index, unsigned arity, unsigned num_free) {
  // Closures point at their entry for the rest of the test program.
  static std::vector<std::unique_ptr<FunEntry>> entries;
  FunEntry* fe = entries.emplace_back(std::make_unique<FunEntry>()).get();
  fe->module = atom_from("etffun");
  fe->function = atom_from("-f/1-fun-0-");
  fe->arity = arity;
  fe->num_free = num_free;
  fe->index = index;
  fe->old_uniq = 133476912;
  fe->md5.assign(reinterpret_cast<const char*>(kEtfFunMd5), 16);
  return fe;
}


// Builds the term erl encoded under `name`.
Term build(Heap& h, const std::string& name) {
  static const std::map<std::string, std::function<Term(Heap&)>> builders = {
      {"int_0", [](Heap&) { return make_small(0); }},
      {"int_255", [](Heap&) { return make_small(255); }},
      {"int_256", [](Heap&) { return make_small(256); }},
      {"int_m1", [](Heap&) { return make_small(-1); }},
      {"int_max32", [](Heap&) { return make_small(2147483647); }},
      {"int_2p31", [](Heap&) { return make_small(2147483648LL); }},
      {"int_min32", [](Heap&) { return make_small(-2147483648LL); }},
      {"int_min32m1", [](Heap&) { return make_small(-2147483649LL); }},
      {"int_maxsmall", [](Heap&) { return make_small(kMaxSmall); }},
      {"int_2p59", [](Heap& h) { return big(h, false, {uint64_t(1) << 59}); }},
      {"int_m2p59", [](Heap&) { return make_small(kMinSmall); }},
      {"int_m2p59m1", [](Heap& h) { return big(h, true, {(uint64_t(1) << 59) + 1}); }},
      {"int_2p64", [](Heap& h) { return big(h, false, {0, 1}); }},
      {"int_m2p64", [](Heap& h) { return big(h, true, {0, 1}); }},
      {"int_2p100", [](Heap& h) { return big(h, false, {0, uint64_t(1) << 36}); }},
      {"int_2p2048",
       [](Heap& h) {
         std::vector<uint64_t> limbs(33, 0);
         limbs[32] = 1;
         return big(h, false, limbs);
       }},
      {"int_2p63m1", [](Heap& h) { return big(h, false, {~uint64_t(0) >> 1}); }},
      {"int_2p64m1", [](Heap& h) { return big(h, false, {~uint64_t(0)}); }},
      {"float_0", [](Heap& h) { return flt(h, 0.0); }},
      {"float_m0", [](Heap& h) { return flt(h, -0.0); }},
      {"float_1_5", [](Heap& h) { return flt(h, 1.5); }},
      {"float_pi", [](Heap& h) { return flt(h, M_PI); }},
      {"float_1e300", [](Heap& h) { return flt(h, 1.0e300); }},
      {"float_m1em300", [](Heap& h) { return flt(h, -1.2345e-300); }},
      {"atom_abc", [](Heap&) { return atom_from("abc"); }},
      {"atom_empty", [](Heap&) { return atom_from(""); }},
      {"atom_latin1", [](Heap&) { return atom_from("\xC3\xA9x"); }},
      {"atom_unicode", [](Heap&) { return atom_from("\xCF\xA8"); }},
      {"atom_long_utf8", [](Heap&) { return atom_from(utf8_repeat(1000, 200)); }},
      {"atom_255", [](Heap&) { return atom_from(std::string(255, 'z')); }},
      {"tuple_0", [](Heap& h) { return make_tuple(h, {}); }},
      {"tuple_3",
       [](Heap& h) { return make_tuple(h, {make_small(1), make_small(2), make_small(3)}); }},
      {"tuple_256",
       [](Heap& h) {
         Term* e;
         Term t = make_tuple_n(h, 256, &e);
         for (int i = 0; i < 256; i++) e[i] = make_small(i + 1);
         return t;
       }},
      {"nil", [](Heap&) { return NIL; }},
      {"str_abc", [](Heap& h) { return str_list(h, "abc"); }},
      {"list_300",
       [](Heap& h) { return list(h, {make_small(1), make_small(2), make_small(300)}); }},
      {"improper", [](Heap& h) { return list(h, {make_small(1)}, make_small(2)); }},
      {"mixed", [](Heap& h) { return list(h, {atom_from("a")}, str_list(h, "bc")); }},
      {"nested_str", [](Heap& h) { return list(h, {str_list(h, "ab")}); }},
      {"list_neg", [](Heap& h) { return list(h, {make_small(-1)}); }},
      {"list_nil", [](Heap& h) { return list(h, {NIL}); }},
      {"str_improper",
       [](Heap& h) { return list(h, {make_small(97), make_small(98)}, make_small(99)); }},
      {"deep_tuple_list",
       [](Heap& h) {
         Term inner = list(h, {flt(h, 1.5), make_binary(h, "x")});
         return list(h, {make_tuple(h, {atom_from("a"), inner}), str_list(h, "ok")});
       }},
      {"bin_empty", [](Heap& h) { return make_binary(h, ""); }},
      {"bin_3", [](Heap& h) { return make_binary(h, "\x01\x02\x03"); }},
      {"bin_100", [](Heap& h) { return make_binary(h, std::string(100, '\x07')); }},
      {"bits_3",
       [](Heap& h) {
         uint8_t b = 0x20;
         return make_bitstring(h, &b, 0, 3);
       }},
      {"bits_11",
       [](Heap& h) {
         uint8_t b[2] = {0xFF, 0xE0};
         return make_bitstring(h, b, 0, 11);
       }},
      {"bits_unaligned",
       [](Heap& h) {
         return make_sub_binary(h, make_binary(h, "\x01\x02\x03\x04"), 3, 20);
       }},
      {"map_empty", [](Heap& h) { return flatmap(h, {}); }},
      {"map_ab",
       [](Heap& h) {
         return flatmap(h, {{atom_from("a"), make_small(1)}, {atom_from("b"), make_small(2)}});
       }},
      {"map_int_float",
       [](Heap& h) {
         return flatmap(h, {{make_small(1), atom_from("a")}, {flt(h, 1.0), atom_from("b")}});
       }},
      {"map_40",
       [](Heap& h) {
         std::vector<Term> kv;
         for (int i = 1; i <= 40; i++) {
           kv.push_back(make_small(i));
           kv.push_back(make_small(i));
         }
         return map_from_pairs(h, kv.data(), 40);
       }},
      {"map_nested",
       [](Heap& h) {
         Term inner = flatmap(h, {{atom_from("x"), atom_from("y")}});
         return flatmap(h, {{flatmap(h, {}), list(h, {inner})}});
       }},
      {"pid_9", [](Heap&) { return make_pid(9); }},
      {"pid_4_5", [](Heap&) { return make_pid(4 | (5 << 15)); }},
      {"port_5", [](Heap&) { return make_port(5); }},
      {"ref_123", [](Heap& h) { return ref(h, 3 | (uint64_t(2) << 18) | (uint64_t(1) << 50)); }},
      {"export", [](Heap& h) { return export_fun(h, make_export("lists", "map", 2)); }},
      {"ab20", [](Heap& h) {
         std::string s;
         for (int i = 0; i < 20; i++) s += "ab";
         return make_binary(h, s);
       }},
      {"a", [](Heap&) { return atom_from("a"); }},
      {"list",
       [](Heap& h) {
         std::vector<Term> v;
         for (int i = 1; i <= 300; i++) v.push_back(make_small(i));
         return list(h, v);
       }},
  };
  auto it = builders.find(name);
  if (it == builders.end()) {
    ADD_FAILURE() << "no builder for " << name;
    return NIL;
  }
  return it->second(h);
}

EncodeOptions options_for(const std::string& prefix) {
  EncodeOptions o;
  if (prefix == "mv0") o.minor_version = 0;
  if (prefix == "mv2") o.minor_version = 2;
  if (prefix == "det") o.deterministic = true;
  if (prefix == "c6") o.compressed = 6;
  if (prefix == "c1") o.compressed = 1;
  if (prefix == "c9") o.compressed = 9;
  return o;
}

void split_label(const std::string& label, std::string* prefix, std::string* name) {
  size_t colon = label.find(':');
  if (colon == std::string::npos) {
    prefix->clear();
    *name = label;
  } else {
    *prefix = label.substr(0, colon);
    *name = label.substr(colon + 1);
  }
}

TEST(External, EncodesLikeErl) {
  for (const Vector& v : kVectors) {
    FragmentHeap h;
    std::string prefix, name;
    split_label(v.label, &prefix, &name);
    Term t = build(h, name);
    EncodeOptions opts = options_for(prefix);
    absl::StatusOr<std::string> out = encode_external(t, opts);
    ASSERT_TRUE(out.ok()) << v.label << ": " << out.status();
    EXPECT_EQ(*out, str(v.bytes)) << v.label;
    if (opts.compressed == 0) {
      EXPECT_EQ(external_size(t, opts), v.bytes.size()) << v.label;
    }
  }
}

TEST(External, DecodesErlBytesAndRoundTrips) {
  for (const Vector& v : kVectors) {
    FragmentHeap h;
    std::string prefix, name;
    split_label(v.label, &prefix, &name);
    size_t used = 0;
    absl::StatusOr<Term> t = decode_external(h, str(v.bytes), nullptr, false, &used);
    if (name == "export") {  // needs a VM to resolve the export entry
      EXPECT_FALSE(t.ok());
      continue;
    }
    ASSERT_TRUE(t.ok()) << v.label << ": " << t.status();
    EXPECT_EQ(used, v.bytes.size()) << v.label;
    Term expected = build(h, name);
    EXPECT_TRUE(eq_exact(*t, expected)) << v.label;
    EncodeOptions opts = options_for(prefix);
    absl::StatusOr<std::string> again = encode_external(*t, opts);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, str(v.bytes)) << v.label;
  }
}

// Closures: erl's bytes for etffun:f(42) and etffun:g(<<"bin">>, 1.5)
// (NEW_FUN_EXT with the module md5 as Uniq, Size covering the free vars).
TEST(External, EncodesClosuresLikeErl) {
  FragmentHeap h;
  Term f = closure(h, etffun_entry(0, 1, 1), {make_small(42)}, make_pid(9));
  const Bytes f_bytes = {
      131, 112, 0,   0,   0,   76,  1,   254, 150, 70,  10,  148, 255, 110, 186, 175,
      152, 242, 20,  204, 198, 215, 234, 0,   0,   0,   0,   0,   0,   0,   1,   100,
      0,   6,   101, 116, 102, 102, 117, 110, 97,  0,   98,  7,   244, 178, 48,  88,
      100, 0,   13,  110, 111, 110, 111, 100, 101, 64,  110, 111, 104, 111, 115, 116,
      0,   0,   0,   9,   0,   0,   0,   0,   0,   0,   0,   0,   97,  42};
  absl::StatusOr<std::string> out = encode_external(f, {});
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, str(f_bytes));
  // erl: external_size(etffun:f(42)) = 81, 3 more than the encoding (it
  // reserves 5 bytes for OldIndex).
  EXPECT_EQ(external_size(f), f_bytes.size() + 3);

  Term g = closure(h, etffun_entry(1, 0, 2), {make_binary(h, "bin"), flt(h, 1.5)},
                   make_pid(9));
  const Bytes g_bytes = {
      131, 112, 0,   0,   0,   91,  0,   254, 150, 70,  10,  148, 255, 110, 186, 175,
      152, 242, 20,  204, 198, 215, 234, 0,   0,   0,   1,   0,   0,   0,   2,   100,
      0,   6,   101, 116, 102, 102, 117, 110, 97,  1,   98,  7,   244, 178, 48,  88,
      100, 0,   13,  110, 111, 110, 111, 100, 101, 64,  110, 111, 104, 111, 115, 116,
      0,   0,   0,   9,   0,   0,   0,   0,   0,   0,   0,   0,   109, 0,   0,   0,
      3,   98,  105, 110, 70,  63,  248, 0,   0,   0,   0,   0,   0};
  out = encode_external(g, {});
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, str(g_bytes));
  const Bytes g_mv2 = {
      131, 112, 0,   0,   0,   89,  0,   254, 150, 70,  10,  148, 255, 110, 186, 175,
      152, 242, 20,  204, 198, 215, 234, 0,   0,   0,   1,   0,   0,   0,   2,   119,
      6,   101, 116, 102, 102, 117, 110, 97,  1,   98,  7,   244, 178, 48,  88,  119,
      13,  110, 111, 110, 111, 100, 101, 64,  110, 111, 104, 111, 115, 116, 0,   0,
      0,   9,   0,   0,   0,   0,   0,   0,   0,   0,   109, 0,   0,   0,   3,   98,
      105, 110, 70,  63,  248, 0,   0,   0,   0,   0,   0};
  EncodeOptions mv2;
  mv2.minor_version = 2;
  out = encode_external(g, mv2);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, str(g_mv2));

  // Without a VM funs cannot be resolved: an error, not a crash.
  EXPECT_FALSE(decode_external(h, str(g_bytes), nullptr, false).ok());
}

// Flattens an iovec result into its parts.
std::vector<std::string> iovec_parts(Term iov) {
  std::vector<std::string> parts;
  for (; is_list(iov); iov = cdr(iov)) {
    BitView v;
    EXPECT_TRUE(bit_view(car(iov), &v));
    std::string s(v.byte_size(), '\0');
    copy_bits(v.base, v.bit_offset, reinterpret_cast<uint8_t*>(s.data()), 0, v.bit_size);
    parts.push_back(s);
  }
  EXPECT_TRUE(is_nil(iov));
  return parts;
}

std::string bytes_of(std::initializer_list<int> b) {
  std::string s;
  for (int x : b) s.push_back(char(x));
  return s;
}

TEST(External, IovecSplitsLikeErl) {
  FragmentHeap h;
  std::string ones(100, '\x01');
  {  // {a, <<1 x 100>>, <<1,2,3>>}
    Term t = make_tuple(h, {atom_from("a"), make_binary(h, ones), make_binary(h, "\x01\x02\x03")});
    absl::StatusOr<Term> iov = encode_external_iovec(h, t, {});
    ASSERT_TRUE(iov.ok());
    std::vector<std::string> want = {bytes_of({131, 104, 3, 100, 0, 1, 97, 109, 0, 0, 0, 100}),
                                     ones, bytes_of({109, 0, 0, 0, 3, 1, 2, 3})};
    EXPECT_EQ(iovec_parts(*iov), want);
  }
  {  // a 65-byte binary is referenced, a 64-byte one copied
    std::string b65(65, '\x01'), b64(64, '\x01');
    absl::StatusOr<Term> iov = encode_external_iovec(h, make_binary(h, b65), {});
    ASSERT_TRUE(iov.ok());
    EXPECT_EQ(iovec_parts(*iov),
              (std::vector<std::string>{bytes_of({131, 109, 0, 0, 0, 65}), b65}));
    iov = encode_external_iovec(h, make_binary(h, b64), {});
    ASSERT_TRUE(iov.ok());
    EXPECT_EQ(iovec_parts(*iov),
              (std::vector<std::string>{bytes_of({131, 109, 0, 0, 0, 64}) + b64}));
  }
  {  // sub-binaries: aligned 99 bytes referenced; 50 bytes or unaligned copied
    Term whole = make_binary(h, ones);
    absl::StatusOr<Term> iov = encode_external_iovec(h, make_sub_binary(h, whole, 8, 99 * 8), {});
    ASSERT_TRUE(iov.ok());
    EXPECT_EQ(iovec_parts(*iov), (std::vector<std::string>{bytes_of({131, 109, 0, 0, 0, 99}),
                                                           std::string(99, '\x01')}));
    iov = encode_external_iovec(h, make_sub_binary(h, whole, 80, 50 * 8), {});
    ASSERT_TRUE(iov.ok());
    EXPECT_EQ(iovec_parts(*iov).size(), 1u);
    Term big = make_binary(h, std::string(200, '\x01'));
    iov = encode_external_iovec(h, make_sub_binary(h, big, 3, 100 * 8), {});
    ASSERT_TRUE(iov.ok());
    std::vector<std::string> parts = iovec_parts(*iov);
    ASSERT_EQ(parts.size(), 1u);
    EXPECT_EQ(parts[0], bytes_of({131, 109, 0, 0, 0, 100}) + std::string(100, '\x08'));
  }
  {  // {<<1 x 100, 1:1>>, a}: the trailing bits start the next part
    std::string src = ones + "\xFF";
    Term bits = make_bitstring(h, reinterpret_cast<const uint8_t*>(src.data()), 0, 801);
    absl::StatusOr<Term> iov = encode_external_iovec(h, make_tuple(h, {bits, atom_from("a")}), {});
    ASSERT_TRUE(iov.ok());
    EXPECT_EQ(iovec_parts(*iov),
              (std::vector<std::string>{bytes_of({131, 104, 2, 77, 0, 0, 0, 101, 1}), ones,
                                        bytes_of({128, 100, 0, 1, 97})}));
  }
  {  // [<<2 x 70>>, <<3 x 70>>]
    std::string b2(70, '\x02'), b3(70, '\x03');
    Term l = list(h, {make_binary(h, b2), make_binary(h, b3)});
    absl::StatusOr<Term> iov = encode_external_iovec(h, l, {});
    ASSERT_TRUE(iov.ok());
    EXPECT_EQ(iovec_parts(*iov),
              (std::vector<std::string>{bytes_of({131, 108, 0, 0, 0, 2, 109, 0, 0, 0, 70}), b2,
                                        bytes_of({109, 0, 0, 0, 70}), b3, bytes_of({106})}));
  }
  {  // compressed: one binary, not a list (as erl returns it)
    EncodeOptions c;
    c.compressed = 6;
    absl::StatusOr<Term> iov = encode_external_iovec(h, make_binary(h, ones), c);
    ASSERT_TRUE(iov.ok());
    BitView v;
    ASSERT_TRUE(bit_view(*iov, &v));
    EXPECT_EQ(std::string(v.as_string_view()),
              bytes_of({131, 80, 0, 0, 0, 105, 120, 156, 203, 101, 96, 96, 72, 97, 164, 3, 0, 0,
                        104, 76, 1, 54}));
  }
}

std::string raw(std::initializer_list<int> b) { return bytes_of(b); }

// Inputs erl decodes, with the value it gives.
TEST(External, DecodesErlCornerCases) {
  FragmentHeap h;
  auto dec = [&](const std::string& s) {
    absl::StatusOr<Term> t = decode_external(h, s, nullptr, false);
    EXPECT_TRUE(t.ok()) << t.status();
    return t.ok() ? *t : NON_VALUE;
  };
  EXPECT_EQ(dec(raw({131, 97, 1, 0})), make_small(1));  // trailing bytes are fine
  size_t used = 0;
  ASSERT_TRUE(decode_external(h, raw({131, 97, 1, 0}), nullptr, false, &used).ok());
  EXPECT_EQ(used, 3u);
  EXPECT_EQ(dec(raw({131, 110, 1, 0, 5})), make_small(5));
  EXPECT_EQ(dec(raw({131, 110, 2, 0, 5, 0})), make_small(5));  // leading zero digit
  EXPECT_EQ(dec(raw({131, 110, 1, 1, 0})), make_small(0));     // negative zero
  EXPECT_EQ(dec(raw({131, 110, 0, 0})), make_small(0));
  EXPECT_EQ(dec(raw({131, 110, 1, 2, 5})), make_small(-5));  // any non-zero sign
  EXPECT_EQ(dec(raw({131, 111, 0, 0, 0, 0, 0})), make_small(0));
  EXPECT_EQ(dec(raw({131, 98, 255, 255, 255, 255})), make_small(-1));
  EXPECT_EQ(dec(raw({131, 107, 0, 0})), NIL);
  EXPECT_EQ(dec(raw({131, 108, 0, 0, 0, 0, 106})), NIL);
  EXPECT_EQ(dec(raw({131, 108, 0, 0, 0, 0, 97, 1})), make_small(1));
  EXPECT_EQ(dec(raw({131, 100, 0, 1, 233})), atom_from("\xC3\xA9"));  // Latin-1
  EXPECT_EQ(dec(raw({131, 115, 2, 195, 169})), atom_from("\xC3\x83\xC2\xA9"));  // [195,169]
  EXPECT_EQ(dec(raw({131, 118, 0, 3, 'a', 'b', 'c'})), atom_from("abc"));
  EXPECT_TRUE(eq_exact(dec(raw({131, 77, 0, 0, 0, 0, 0})), dec(raw({131, 109, 0, 0, 0, 0}))));
  // Old pid/port/ref formats.
  std::string node = raw({100, 0, 13}) + "nonode@nohost";
  EXPECT_EQ(dec(raw({131, 102}) + node + raw({0, 0, 0, 5, 0})), make_port(5));
  EXPECT_EQ(dec(raw({131, 120}) + node + raw({0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0})), make_port(5));
  EXPECT_EQ(dec(raw({131, 103}) + node + raw({0, 0, 0, 5, 0, 0, 0, 0, 0})), make_pid(5));
  EXPECT_EQ(dec(raw({131, 88}) + node + raw({0, 0, 0, 9, 0, 0, 31, 255, 0, 0, 0, 0})),
            make_pid(9 | (8191 << 15)));
  Term r = dec(raw({131, 101}) + node + raw({0, 0, 0, 7, 0}));
  ASSERT_TRUE(is_ref(r));
  EXPECT_EQ(ref_id(r), 7u);
  r = dec(raw({131, 114, 0, 3}) + node + raw({0, 0, 0, 0, 7, 0, 0, 0, 7, 0, 0, 0, 7}));
  ASSERT_TRUE(is_ref(r));
  EXPECT_EQ(ref_id(r), 7 | (uint64_t(7) << 18) | (uint64_t(7) << 50));
  r = dec(raw({131, 90, 0, 1}) + node + raw({0, 0, 0, 0, 0, 0, 0, 7}));
  ASSERT_TRUE(is_ref(r));
  EXPECT_EQ(ref_id(r), 7u);
  // FLOAT_EXT text forms erl accepts.
  auto float_ext = [](std::string text) {
    text.resize(31, '\0');
    return raw({131, 99}) + text;
  };
  auto fval = [&](const std::string& s) {
    Term t = dec(s);
    return t != NON_VALUE && is_float(t) ? float_value(t) : NAN;
  };
  EXPECT_EQ(fval(float_ext("1.5")), 1.5);
  EXPECT_EQ(fval(float_ext("+5.0")), 5.0);
  EXPECT_EQ(fval(float_ext("1,5")), 1.5);
  EXPECT_EQ(fval(float_ext("1.0e0")), 1.0);
  EXPECT_EQ(fval(float_ext("1.5E3")), 1500.0);
  EXPECT_EQ(fval(float_ext("1.0e-400")), 0.0);
  EXPECT_EQ(fval(float_ext("1.0e-320")), 1.0e-320);
  EXPECT_EQ(fval(float_ext(std::string("1.5\0x", 5))), 1.5);
  EXPECT_EQ(fval(raw({131, 99}) + "1.00000000000000000000000000000" + raw({0})), 1.0);
  // Compressed with trailing bytes after the zlib stream, and inner trailing
  // bytes (used counts the whole compressed input).
  std::string c = raw({131, 80, 0, 0, 0, 45, 120, 156, 203, 101, 96, 96, 208, 72, 76, 34, 14, 2, 0,
                       82, 17, 15, 210});
  ASSERT_TRUE(decode_external(h, c + "xyz", nullptr, false, &used).ok());
  EXPECT_EQ(used, c.size());
}

// Inputs erl rejects with badarg: all must fail cleanly.
TEST(External, RejectsMalformedInput) {
  FragmentHeap h;
  std::string node = raw({100, 0, 13}) + "nonode@nohost";
  auto float_ext = [](std::string text) {
    text.resize(31, '\0');
    return raw({131, 99}) + text;
  };
  const std::string bad[] = {
      "",
      raw({131}),
      raw({97, 1}),                 // no version byte
      raw({130, 97, 1}),            // wrong version
      raw({131, 97}),               // truncated
      raw({131, 98, 0, 0}),         // truncated
      raw({131, 82, 0}),            // atom cache ref
      raw({131, 68, 0}),            // dist header
      raw({131, 121, 0, 0, 0, 0, 0, 0, 0, 0, 97, 1}),  // LOCAL_EXT
      raw({131, 117, 0, 0, 0, 0}),  // old FUN_EXT
      raw({131, 104, 2, 97, 1}),    // tuple missing an element
      raw({131, 108, 255, 255, 255, 255, 106}),  // huge list length
      raw({131, 105, 255, 255, 255, 255}),       // huge tuple
      raw({131, 116, 255, 255, 255, 255}),       // huge map
      raw({131, 109, 0, 0, 0, 5, 1, 2}),         // short binary
      raw({131, 111, 255, 255, 255, 255, 0}),    // huge bignum
      raw({131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 1, 97, 2}),  // duplicate keys
      raw({131, 118, 0, 1, 233}),                // invalid UTF-8 atom
      raw({131, 119, 2, 0xC0, 0x80}),            // overlong UTF-8
      raw({131, 119, 3, 0xED, 0xA0, 0x80}),      // surrogate
      raw({131, 100, 1, 0}) + std::string(256, 'a'),  // 256-character atom
      raw({131, 118, 2, 0}) + utf8_repeat(0xE9, 256),
      raw({131, 70, 127, 248, 0, 0, 0, 0, 0, 0}),  // NaN
      raw({131, 70, 127, 240, 0, 0, 0, 0, 0, 0}),  // infinity
      raw({131, 77, 0, 0, 0, 1, 0, 255}),          // 0 bits in the last byte
      raw({131, 77, 0, 0, 0, 1, 9, 255}),          // 9 bits
      raw({131, 77, 0, 0, 0, 0, 3}),               // bits without bytes
      raw({131, 88, 97, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0}),  // node not an atom
      raw({131, 88}) + node + raw({0, 1, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0}),  // pid number
      raw({131, 88}) + node + raw({0, 0, 0, 9, 0, 0, 32, 0, 0, 0, 0, 0}),  // serial
      raw({131, 88, 100, 0, 3, 'a', '@', 'b', 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0}),  // other node
      raw({131, 90, 0, 0}) + node + raw({0, 0, 0, 0}),                       // ref len 0
      raw({131, 90, 0, 4}) + node + raw({0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 7, 0, 0, 0, 7, 0, 0, 0, 7}),
      raw({131, 90, 0, 3}) + node + raw({0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 7, 0, 0, 0, 7}),
      raw({131, 113, 97, 1, 100, 0, 1, 'f', 97, 1}),  // export module not an atom
      float_ext("1.5x"), float_ext(" 1.5"), float_ext("15"), float_ext("1.5 "),
      float_ext("0x10"), float_ext("inf"), float_ext("1e400"), float_ext(".5"),
      float_ext("5."), float_ext("1.5e"), float_ext("1.5e+"), float_ext("1.8e308"),
      raw({131, 99}) + "1.0000000000000000000000000000e0",  // exponent cut off at 31
      // compressed: wrong sizes, truncation, nesting, garbage
      raw({131, 80, 0, 0, 0, 44, 120, 156, 203, 101, 96, 96, 208, 72, 76, 34, 14, 2, 0, 82, 17,
           15, 210}),
      raw({131, 80, 0, 0, 0, 46, 120, 156, 203, 101, 96, 96, 208, 72, 76, 34, 14, 2, 0, 82, 17,
           15, 210}),
      raw({131, 80, 0, 0, 0, 45, 120, 156, 203, 101, 96, 96, 208, 72, 76, 34, 14, 2, 0, 82, 17,
           15}),
      raw({131, 80, 255, 255, 255, 255, 120, 156, 3, 0}),
      raw({131, 80, 0, 0, 0, 0}),
      raw({131, 80, 0, 0, 0, 3, 1, 2, 3, 4, 5}),
  };
  for (const std::string& s : bad) {
    absl::StatusOr<Term> t = decode_external(h, s, nullptr, false);
    EXPECT_FALSE(t.ok()) << "accepted input of " << s.size() << " bytes starting "
                         << (s.size() > 1 ? int(uint8_t(s[1])) : -1);
  }
}

TEST(External, LargeCompressedRoundTrip) {
  FragmentHeap h;
  Term big = make_binary(h, std::string(3 << 20, '\0'));
  EncodeOptions c;
  c.compressed = 9;
  absl::StatusOr<std::string> z = encode_external(big, c);
  ASSERT_TRUE(z.ok());
  EXPECT_EQ(uint8_t((*z)[1]), 80);
  EXPECT_LT(z->size(), 10000u);
  size_t used = 0;
  absl::StatusOr<Term> t = decode_external(h, *z + "tail", nullptr, false, &used);
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ(used, z->size());
  EXPECT_TRUE(eq_exact(*t, big));
  // The same stream announcing one byte more or less is rejected.
  for (int delta : {-1, 1}) {
    std::string bad = *z;
    uint32_t n = (uint32_t(uint8_t(bad[2])) << 24 | uint32_t(uint8_t(bad[3])) << 16 |
                  uint32_t(uint8_t(bad[4])) << 8 | uint32_t(uint8_t(bad[5]))) + delta;
    bad[2] = char(n >> 24);
    bad[3] = char(n >> 16);
    bad[4] = char(n >> 8);
    bad[5] = char(n);
    EXPECT_FALSE(decode_external(h, bad, nullptr, false).ok()) << delta;
  }
}

TEST(External, SafeRefusesNewAtoms) {
  FragmentHeap h;
  std::string name = "etf_test_never_seen_before_atom";
  std::string bytes = raw({131, 100, 0, char(name.size())}) + name;
  EXPECT_FALSE(decode_external(h, bytes, nullptr, true).ok());
  Term dummy;
  EXPECT_FALSE(find_atom(name, &dummy));
  absl::StatusOr<Term> t = decode_external(h, bytes, nullptr, false);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(atom_name(*t), name);
  EXPECT_TRUE(decode_external(h, bytes, nullptr, true).ok());  // exists now
}

TEST(External, OptionValidation) {
  EncodeOptions o;
  o.compressed = 10;
  EXPECT_FALSE(encode_external(NIL, o).ok());
  o.compressed = -1;
  EXPECT_FALSE(encode_external(NIL, o).ok());
  o = {};
  o.minor_version = 3;
  EXPECT_FALSE(encode_external(NIL, o).ok());
  o.minor_version = 0;
  EXPECT_TRUE(encode_external(NIL, o).ok());
}

// Nesting 300000 levels deep must neither overflow the C stack when
// decoding nor when encoding.
TEST(External, DeepNestingIsIterative) {
  const size_t depth = 300000;
  std::string tuples = raw({131});
  for (size_t i = 0; i < depth; i++) tuples += raw({104, 1});
  tuples += raw({106});
  FragmentHeap h;
  absl::StatusOr<Term> t = decode_external(h, tuples, nullptr, false);
  ASSERT_TRUE(t.ok()) << t.status();
  absl::StatusOr<std::string> back = encode_external(*t, {});
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, tuples);
  EXPECT_EQ(external_size(*t), tuples.size());

  std::string lists = raw({131});  // [[[...]]]
  for (size_t i = 0; i < depth; i++) lists += raw({108, 0, 0, 0, 1});
  lists += raw({106});
  for (size_t i = 0; i < depth; i++) lists += raw({106});
  t = decode_external(h, lists, nullptr, false);
  ASSERT_TRUE(t.ok()) << t.status();
  back = encode_external(*t, {});
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, lists);

  std::string maps = raw({131});  // #{k => #{k => ...}}
  for (size_t i = 0; i < 100000; i++) maps += raw({116, 0, 0, 0, 1, 97, 1});
  maps += raw({106});
  t = decode_external(h, maps, nullptr, false);
  ASSERT_TRUE(t.ok()) << t.status();
  back = encode_external(*t, {});
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, maps);

  // A long flat list (LIST_EXT of small integers).
  std::vector<Term> elems(depth, make_small(300));
  Term l = list(h, elems);
  back = encode_external(l, {});
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->size(), 1 + 5 + depth * 5 + 1);
  t = decode_external(h, *back, nullptr, false);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(list_length(*t), Sint(depth));
}

TEST(External, StringBoundary) {
  FragmentHeap h;
  Term s65535 = bytes_to_list(h, std::string(65535, 'a'));
  absl::StatusOr<std::string> out = encode_external(s65535, {});
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->substr(0, 4), raw({131, 107, 255, 255}));
  EXPECT_EQ(out->size(), 4u + 65535);
  Term s65536 = bytes_to_list(h, std::string(65536, 'a'));
  out = encode_external(s65536, {});
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(out->substr(0, 6), raw({131, 108, 0, 1, 0, 0}));
  EXPECT_EQ(out->size(), 6u + 65536 * 2 + 1);
}

// Random mutations of valid encodings: decoding may succeed or fail but must
// never crash, and whatever decodes must encode again.
TEST(External, FuzzMutationsNeverCrash) {
  std::vector<std::string> seeds;
  for (const Vector& v : kVectors) seeds.push_back(str(v.bytes));
  std::mt19937 rng(12345);
  int decoded = 0;
  for (int iter = 0; iter < 100000; iter++) {
    std::string s = seeds[rng() % seeds.size()];
    int edits = 1 + int(rng() % 4);
    for (int e = 0; e < edits && !s.empty(); e++) {
      size_t pos = rng() % s.size();
      switch (rng() % 5) {
        case 0: s[pos] = char(rng()); break;                 // replace a byte
        case 1: s[pos] ^= char(1u << (rng() % 8)); break;    // flip a bit
        case 2: s.resize(pos); break;                        // truncate
        case 3: s.insert(pos, 1, char(rng())); break;        // insert
        case 4: s.erase(pos, 1 + rng() % 4); break;          // delete
      }
    }
    if (s.size() > 1 && rng() % 2) s[0] = char(131);
    FragmentHeap h;
    size_t used = 0;
    absl::StatusOr<Term> t = decode_external(h, s, nullptr, /*safe=*/iter % 4 != 0, &used);
    if (t.ok()) {
      decoded++;
      EXPECT_LE(used, s.size());
      EXPECT_TRUE(encode_external(*t, {}).ok());
    }
  }
  EXPECT_GT(decoded, 100);
}

// ---- funs through a VM ----------------------------------------------------------

TEST(ExternalVm, ExportFuns) {
  VM vm(VmOptions{});
  FragmentHeap h;
  std::string lists_map;
  for (const Vector& v : kVectors) {
    if (std::string(v.label) == "export") lists_map = str(v.bytes);
  }
  ASSERT_FALSE(lists_map.empty());
  // safe: the export entry must exist already.
  if (!vm.exports().find(atom_from("lists"), atom_from("map"), 2)) {
    EXPECT_FALSE(decode_external(h, lists_map, &vm, true).ok());
  }
  absl::StatusOr<Term> t = decode_external(h, lists_map, &vm, false);
  ASSERT_TRUE(t.ok()) << t.status();
  ASSERT_TRUE(is_export_fun(*t));
  EXPECT_EQ(export_fun_entry(*t), vm.exports().find(atom_from("lists"), atom_from("map"), 2));
  EXPECT_TRUE(decode_external(h, lists_map, &vm, true).ok());
  absl::StatusOr<std::string> back = encode_external(*t, {});
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, lists_map);
  // fun lists:map/256 (arity as INTEGER_EXT) is accepted, as by erl.
  std::string arity256 = raw({131, 113, 100, 0, 5, 'l', 'i', 's', 't', 's', 100, 0, 3, 'm', 'a',
                              'p', 98, 0, 0, 1, 0});
  t = decode_external(h, arity256, &vm, false);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(export_fun_entry(*t)->arity, 256u);
}

TEST(ExternalVm, ClosuresOfUnloadedModules) {
  VM vm(VmOptions{});
  FragmentHeap h;
  // etffun:g(<<"bin">>, 1.5) as erl encodes it.
  const Bytes g_bytes = {
      131, 112, 0,   0,   0,   91,  0,   254, 150, 70,  10,  148, 255, 110, 186, 175,
      152, 242, 20,  204, 198, 215, 234, 0,   0,   0,   1,   0,   0,   0,   2,   100,
      0,   6,   101, 116, 102, 102, 117, 110, 97,  1,   98,  7,   244, 178, 48,  88,
      100, 0,   13,  110, 111, 110, 111, 100, 101, 64,  110, 111, 104, 111, 115, 116,
      0,   0,   0,   9,   0,   0,   0,   0,   0,   0,   0,   0,   109, 0,   0,   0,
      3,   98,  105, 110, 70,  63,  248, 0,   0,   0,   0,   0,   0};
  absl::StatusOr<Term> t = decode_external(h, str(g_bytes), &vm, false);
  ASSERT_TRUE(t.ok()) << t.status();
  ASSERT_TRUE(is_closure(*t));
  const FunEntry* fe = closure_entry(*t);
  EXPECT_EQ(fe->module, atom_from("etffun"));
  EXPECT_EQ(fe->index, 1u);
  EXPECT_EQ(fe->old_uniq, 133476912u);
  EXPECT_EQ(fe->arity, 0u);
  EXPECT_EQ(closure_num_free(*t), 2u);
  EXPECT_EQ(closure_creator(*t), make_pid(9));
  EXPECT_TRUE(eq_exact(closure_free(*t)[0], make_binary(h, "bin")));
  EXPECT_TRUE(eq_exact(closure_free(*t)[1], flt(h, 1.5)));
  // The same entry again; safe mode accepts funs (erl does too).
  absl::StatusOr<Term> again = decode_external(h, str(g_bytes), &vm, true);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(closure_entry(*again), fe);
  // Re-encoding reproduces erl's bytes, Uniq included, although the module
  // (and so its md5) is not loaded.
  absl::StatusOr<std::string> back = encode_external(*t, {});
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, str(g_bytes));
}

// ---- the BIFs -------------------------------------------------------------------

// Only this area's BIFs (registered into a private registry).
const BifRegistry& registry() {
  static const BifRegistry* r = [] {
    auto* reg = new BifRegistry();
    register_erlang_external_bifs(*reg);
    return reg;
  }();
  return *r;
}

class Bifs : public ::testing::Test {
 protected:
  Process p{nullptr, make_pid(1)};

  Term call(std::string_view name, std::vector<Term> args) {
    for (const BifEntry& e : registry().entries()) {
      if (e.module == "erlang" && e.name == name && e.arity == args.size()) {
        p.exc_reason = NON_VALUE;
        return e.fn(&p, args.data());
      }
    }
    ADD_FAILURE() << "no BIF erlang:" << name << "/" << args.size();
    return NON_VALUE;
  }
  bool badarg(std::string_view name, std::vector<Term> args) {
    Term r = call(name, std::move(args));
    return r == NON_VALUE && p.exc_reason == atom::badarg;
  }
  Term bin(std::string_view s) { return make_binary(p, s); }
  std::string bytes(Term b) {
    BitView v;
    EXPECT_TRUE(bit_view(b, &v) && v.bit_size % 8 == 0);
    std::string s(v.byte_size(), '\0');
    copy_bits(v.base, v.bit_offset, reinterpret_cast<uint8_t*>(s.data()), 0, v.bit_size);
    return s;
  }
  Term opt(const char* key, Term v) { return make_tuple(p, {atom_from(key), v}); }
  Term opts(std::vector<Term> o, Term tail = NIL) { return list(p, o, tail); }
};

TEST_F(Bifs, TermToBinaryOptions) {
  Term a = atom_from("a");
  EXPECT_EQ(bytes(call("term_to_binary", {a})), raw({131, 100, 0, 1, 97}));
  Term ab20 = build(p, "ab20");
  EXPECT_EQ(bytes(call("term_to_binary", {ab20, opts({atom_from("compressed")})})).substr(0, 6),
            raw({131, 80, 0, 0, 0, 45}));
  // Later options win.
  Term comp = atom_from("compressed");
  EXPECT_EQ(bytes(call("term_to_binary", {ab20, opts({comp, opt("compressed", make_small(0))})}))[1],
            char(109));
  EXPECT_EQ(bytes(call("term_to_binary", {ab20, opts({opt("compressed", make_small(0)), comp})}))[1],
            char(80));
  EXPECT_EQ(bytes(call("term_to_binary", {a, opts({opt("minor_version", make_small(2))})})),
            raw({131, 119, 1, 97}));
  EXPECT_TRUE(badarg("term_to_binary", {a, opts({atom_from("foo")})}));
  EXPECT_TRUE(badarg("term_to_binary", {a, atom_from("foo")}));
  EXPECT_TRUE(badarg("term_to_binary", {a, opts({comp}, atom_from("foo"))}));
  EXPECT_TRUE(badarg("term_to_binary", {a, opts({opt("compressed", make_small(10))})}));
  EXPECT_TRUE(badarg("term_to_binary", {a, opts({opt("compressed", make_small(-1))})}));
  EXPECT_TRUE(badarg("term_to_binary", {a, opts({opt("minor_version", make_small(3))})}));
  EXPECT_TRUE(badarg("term_to_binary", {a, opts({atom_from("local")})}));
  EXPECT_NE(call("term_to_binary", {a, opts({atom_from("deterministic")})}), NON_VALUE);
}

TEST_F(Bifs, TermToIovec) {
  Term a = atom_from("a");
  Term r = call("term_to_iovec", {a});
  ASSERT_TRUE(is_list(r));
  EXPECT_EQ(bytes(car(r)), raw({131, 100, 0, 1, 97}));
  EXPECT_TRUE(is_nil(cdr(r)));
  r = call("term_to_iovec", {a, opts({opt("compressed", make_small(0))})});
  EXPECT_TRUE(is_list(r));
  r = call("term_to_iovec", {a, opts({opt("compressed", make_small(1))})});
  EXPECT_TRUE(is_binary(r));  // erl returns a bare binary here
  EXPECT_TRUE(badarg("term_to_iovec", {a, opts({atom_from("foo")})}));
}

TEST_F(Bifs, BinaryToTerm) {
  EXPECT_EQ(call("binary_to_term", {bin(raw({131, 97, 1, 0}))}), make_small(1));
  Term r = call("binary_to_term", {bin(raw({131, 97, 1, 0})), opts({atom::used})});
  ASSERT_TRUE(is_tuple(r));
  EXPECT_EQ(tuple_elems(r)[0], make_small(1));
  EXPECT_EQ(tuple_elems(r)[1], make_small(3));
  // An unaligned sub-binary is a binary too.
  uint8_t shifted[5] = {0, 0, 0, 0, 0};
  const uint8_t enc[3] = {131, 97, 1};
  copy_bits(enc, 0, shifted, 9, 24);
  Term whole = make_binary(p, shifted, 5);
  Term sub = make_sub_binary(p, whole, 9, 24);
  EXPECT_EQ(bytes(sub), raw({131, 97, 1}));
  EXPECT_EQ(call("binary_to_term", {sub}), make_small(1));
  EXPECT_EQ(call("binary_to_term", {bin(raw({131, 100, 0, 2, 'o', 'k'})), opts({atom::safe})}),
            atom::ok);
  std::string fresh = "etf_bif_test_unknown_atom";
  EXPECT_TRUE(badarg("binary_to_term",
                     {bin(raw({131, 100, 0, char(fresh.size())}) + fresh), opts({atom::safe})}));
  EXPECT_TRUE(badarg("binary_to_term", {str_list(p, "abc")}));
  EXPECT_TRUE(badarg("binary_to_term", {bin("")}));
  EXPECT_TRUE(badarg("binary_to_term", {make_sub_binary(p, bin(raw({131, 97, 1, 0xFF})), 0, 25)}));
  EXPECT_TRUE(badarg("binary_to_term", {bin(raw({131, 97, 1})), opts({atom_from("foo")})}));
  EXPECT_TRUE(badarg("binary_to_term", {bin(raw({131, 97, 1})), atom_from("foo")}));
}

TEST_F(Bifs, ExternalSize) {
  Term t = make_tuple(p, {atom_from("a"), flt(p, 1.5), str_list(p, "abc")});
  EXPECT_EQ(call("external_size", {t}), make_small(22));
  EXPECT_EQ(call("external_size", {t, opts({opt("minor_version", make_small(0))})}),
            make_small(45));
  EXPECT_EQ(call("external_size", {t, opts({opt("minor_version", make_small(1))})}),
            make_small(22));
  // erl 25 accepts nothing else here.
  EXPECT_TRUE(badarg("external_size", {t, opts({opt("minor_version", make_small(2))})}));
  EXPECT_TRUE(badarg("external_size", {t, opts({atom_from("deterministic")})}));
  EXPECT_TRUE(badarg("external_size", {t, opts({atom_from("compressed")})}));
  EXPECT_TRUE(badarg("external_size", {t, atom_from("x")}));
  EXPECT_EQ(call("external_size", {build(p, "bin_100")}), make_small(106));
  EXPECT_EQ(call("external_size", {build(p, "bits_3")}), make_small(8));
}

TEST_F(Bifs, Md5) {
  Term iolist = list(p, {bin("a"), make_small('b'), list(p, {make_small('c')})});
  EXPECT_EQ(bytes(call("md5", {iolist})),
            raw({144, 1, 80, 152, 60, 210, 79, 176, 214, 150, 63, 125, 40, 225, 127, 114}));
  EXPECT_TRUE(badarg("md5", {atom_from("atom")}));
  Term ctx = call("md5_init", {});
  ASSERT_TRUE(is_binary(ctx));
  EXPECT_EQ(bytes(ctx).size(), 88u);
  EXPECT_EQ(bytes(ctx).substr(0, 24),
            raw({1, 35, 69, 103, 137, 171, 205, 239, 254, 220, 186, 152, 118, 84, 50, 16, 0, 0,
                 0, 0, 0, 0, 0, 0}));
  ctx = call("md5_update", {ctx, bin("hello ")});
  ctx = call("md5_update", {ctx, list(p, {bin("wor"), str_list(p, "ld")})});
  EXPECT_EQ(bytes(call("md5_final", {ctx})),
            raw({0x5e, 0xb6, 0x3b, 0xbb, 0xe0, 0x1e, 0xee, 0xd0, 0x93, 0xcb, 0x22, 0xbb, 0x8f,
                 0x5a, 0xcd, 0xc3}));
  EXPECT_TRUE(badarg("md5_update", {bin("\x01\x02\x03"), bin("abc")}));
  EXPECT_TRUE(badarg("md5_update", {ctx, make_small(5)}));
  EXPECT_TRUE(badarg("md5_final", {bin("\x01\x02\x03")}));
  EXPECT_TRUE(badarg("md5_final", {bin(std::string(92, '\xff'))}));
}

// Values printed by erl.
TEST_F(Bifs, Crc32AndAdler32) {
  Term hello = str_list(p, "hello");
  auto u = [](uint64_t v) { return make_small(Sint(v)); };
  EXPECT_EQ(call("crc32", {hello}), u(907060870));
  EXPECT_EQ(call("crc32", {bin("")}), u(0));
  EXPECT_EQ(call("crc32", {u(12345), hello}), u(1779074256));
  EXPECT_EQ(call("crc32", {u(0xFFFFFFFF), hello}), u(265137764));
  Term deep = list(p, {list(p, {bin("ab")}, bin("c")), str_list(p, "d")});
  EXPECT_EQ(call("crc32", {deep}), u(3984772369));
  EXPECT_EQ(call("crc32_combine", {call("crc32", {str_list(p, "he")}),
                                   call("crc32", {str_list(p, "llo")}), u(3)}),
            u(907060870));
  EXPECT_EQ(call("crc32_combine", {u(12345), u(67890), u(100)}), u(3358662146));
  EXPECT_EQ(call("crc32_combine", {u(12345), u(67890), u(0)}), u(80139));
  EXPECT_EQ(call("crc32_combine", {u(1), u(2), u(0xFFFFFFFF)}), u(3));
  EXPECT_EQ(call("crc32_combine", {u(1), u(2), u(1u << 31)}), u(498536550));
  EXPECT_EQ(call("adler32", {hello}), u(103547413));
  EXPECT_EQ(call("adler32", {u(1), hello}), u(103547413));
  EXPECT_EQ(call("adler32", {u(0), hello}), u(103219732));
  EXPECT_EQ(call("adler32", {u(0xFFFFFFFF), str_list(p, "x")}), u(9699462));
  EXPECT_EQ(call("adler32_combine", {u(12345), u(67890), u(100)}), u(3606002026));
  EXPECT_EQ(call("adler32_combine", {call("adler32", {str_list(p, "he")}),
                                     call("adler32", {str_list(p, "llo")}), u(3)}),
            u(103547413));
  std::string big(100000, '\0');
  for (size_t i = 0; i < big.size(); i++) big[i] = char((i * 7) % 251);
  EXPECT_EQ(call("crc32", {bin(big)}), u(2963850189));
  EXPECT_EQ(call("adler32", {bin(big)}), u(1132184622));
  EXPECT_EQ(call("crc32", {call("crc32", {bin("abc")}), bin(big)}), u(2567017197));

  EXPECT_TRUE(badarg("crc32", {make_small(-1), hello}));
  EXPECT_TRUE(badarg("crc32", {u(uint64_t(1) << 32), hello}));
  EXPECT_TRUE(badarg("crc32", {list(p, {make_small(256)})}));
  EXPECT_TRUE(badarg("crc32", {make_small(5)}));
  EXPECT_TRUE(badarg("crc32", {build(p, "bits_3")}));
  EXPECT_TRUE(badarg("crc32_combine", {u(1), u(2), make_small(-3)}));
  EXPECT_TRUE(badarg("crc32_combine", {u(1), u(2), u(uint64_t(1) << 32)}));
  EXPECT_TRUE(badarg("crc32_combine", {u(uint64_t(1) << 32), u(2), u(1)}));
  EXPECT_TRUE(badarg("adler32", {u(uint64_t(1) << 32), str_list(p, "x")}));
  EXPECT_TRUE(badarg("adler32_combine", {u(1), u(2), u(uint64_t(1) << 32)}));
}

}  // namespace
}  // namespace beamline
