# A module large enough (more than 30 000 tokens, frontend.h) to be linted in a child
# process (lint.c): its summary must come back through the pipe for use.py's report.
# Generated once; nothing here mentions the event loop module. Its list of exported names
# comes back too (star.py).

__all__ = ["main", "helper_0"]


def main():
    print("serving")


def helper_0(value, scale=0):
    total = value * scale + 0
    return [total, value - 0, scale]


def helper_1(value, scale=1):
    total = value * scale + 1
    return [total, value - 1, scale]


def helper_2(value, scale=2):
    total = value * scale + 2
    return [total, value - 2, scale]


def helper_3(value, scale=3):
    total = value * scale + 3
    return [total, value - 3, scale]


def helper_4(value, scale=4):
    total = value * scale + 4
    return [total, value - 4, scale]


def helper_5(value, scale=5):
    total = value * scale + 5
    return [total, value - 5, scale]


def helper_6(value, scale=6):
    total = value * scale + 6
    return [total, value - 6, scale]


def helper_7(value, scale=7):
    total = value * scale + 7
    return [total, value - 7, scale]


def helper_8(value, scale=8):
    total = value * scale + 8
    return [total, value - 8, scale]


def helper_9(value, scale=9):
    total = value * scale + 9
    return [total, value - 9, scale]


def helper_10(value, scale=10):
    total = value * scale + 10
    return [total, value - 10, scale]


def helper_11(value, scale=11):
    total = value * scale + 11
    return [total, value - 11, scale]


def helper_12(value, scale=12):
    total = value * scale + 12
    return [total, value - 12, scale]


def helper_13(value, scale=13):
    total = value * scale + 13
    return [total, value - 13, scale]


def helper_14(value, scale=14):
    total = value * scale + 14
    return [total, value - 14, scale]


def helper_15(value, scale=15):
    total = value * scale + 15
    return [total, value - 15, scale]


def helper_16(value, scale=16):
    total = value * scale + 16
    return [total, value - 16, scale]


def helper_17(value, scale=17):
    total = value * scale + 17
    return [total, value - 17, scale]


def helper_18(value, scale=18):
    total = value * scale + 18
    return [total, value - 18, scale]


def helper_19(value, scale=19):
    total = value * scale + 19
    return [total, value - 19, scale]


def helper_20(value, scale=20):
    total = value * scale + 20
    return [total, value - 20, scale]


def helper_21(value, scale=21):
    total = value * scale + 21
    return [total, value - 21, scale]


def helper_22(value, scale=22):
    total = value * scale + 22
    return [total, value - 22, scale]


def helper_23(value, scale=23):
    total = value * scale + 23
    return [total, value - 23, scale]


def helper_24(value, scale=24):
    total = value * scale + 24
    return [total, value - 24, scale]


def helper_25(value, scale=25):
    total = value * scale + 25
    return [total, value - 25, scale]


def helper_26(value, scale=26):
    total = value * scale + 26
    return [total, value - 26, scale]


def helper_27(value, scale=27):
    total = value * scale + 27
    return [total, value - 27, scale]


def helper_28(value, scale=28):
    total = value * scale + 28
    return [total, value - 28, scale]


def helper_29(value, scale=29):
    total = value * scale + 29
    return [total, value - 29, scale]


def helper_30(value, scale=30):
    total = value * scale + 30
    return [total, value - 30, scale]


def helper_31(value, scale=31):
    total = value * scale + 31
    return [total, value - 31, scale]


def helper_32(value, scale=32):
    total = value * scale + 32
    return [total, value - 32, scale]


def helper_33(value, scale=33):
    total = value * scale + 33
    return [total, value - 33, scale]


def helper_34(value, scale=34):
    total = value * scale + 34
    return [total, value - 34, scale]


def helper_35(value, scale=35):
    total = value * scale + 35
    return [total, value - 35, scale]


def helper_36(value, scale=36):
    total = value * scale + 36
    return [total, value - 36, scale]


def helper_37(value, scale=37):
    total = value * scale + 37
    return [total, value - 37, scale]


def helper_38(value, scale=38):
    total = value * scale + 38
    return [total, value - 38, scale]


def helper_39(value, scale=39):
    total = value * scale + 39
    return [total, value - 39, scale]


def helper_40(value, scale=40):
    total = value * scale + 40
    return [total, value - 40, scale]


def helper_41(value, scale=41):
    total = value * scale + 41
    return [total, value - 41, scale]


def helper_42(value, scale=42):
    total = value * scale + 42
    return [total, value - 42, scale]


def helper_43(value, scale=43):
    total = value * scale + 43
    return [total, value - 43, scale]


def helper_44(value, scale=44):
    total = value * scale + 44
    return [total, value - 44, scale]


def helper_45(value, scale=45):
    total = value * scale + 45
    return [total, value - 45, scale]


def helper_46(value, scale=46):
    total = value * scale + 46
    return [total, value - 46, scale]


def helper_47(value, scale=47):
    total = value * scale + 47
    return [total, value - 47, scale]


def helper_48(value, scale=48):
    total = value * scale + 48
    return [total, value - 48, scale]


def helper_49(value, scale=49):
    total = value * scale + 49
    return [total, value - 49, scale]


def helper_50(value, scale=50):
    total = value * scale + 50
    return [total, value - 50, scale]


def helper_51(value, scale=51):
    total = value * scale + 51
    return [total, value - 51, scale]


def helper_52(value, scale=52):
    total = value * scale + 52
    return [total, value - 52, scale]


def helper_53(value, scale=53):
    total = value * scale + 53
    return [total, value - 53, scale]


def helper_54(value, scale=54):
    total = value * scale + 54
    return [total, value - 54, scale]


def helper_55(value, scale=55):
    total = value * scale + 55
    return [total, value - 55, scale]


def helper_56(value, scale=56):
    total = value * scale + 56
    return [total, value - 56, scale]


def helper_57(value, scale=57):
    total = value * scale + 57
    return [total, value - 57, scale]


def helper_58(value, scale=58):
    total = value * scale + 58
    return [total, value - 58, scale]


def helper_59(value, scale=59):
    total = value * scale + 59
    return [total, value - 59, scale]


def helper_60(value, scale=60):
    total = value * scale + 60
    return [total, value - 60, scale]


def helper_61(value, scale=61):
    total = value * scale + 61
    return [total, value - 61, scale]


def helper_62(value, scale=62):
    total = value * scale + 62
    return [total, value - 62, scale]


def helper_63(value, scale=63):
    total = value * scale + 63
    return [total, value - 63, scale]


def helper_64(value, scale=64):
    total = value * scale + 64
    return [total, value - 64, scale]


def helper_65(value, scale=65):
    total = value * scale + 65
    return [total, value - 65, scale]


def helper_66(value, scale=66):
    total = value * scale + 66
    return [total, value - 66, scale]


def helper_67(value, scale=67):
    total = value * scale + 67
    return [total, value - 67, scale]


def helper_68(value, scale=68):
    total = value * scale + 68
    return [total, value - 68, scale]


def helper_69(value, scale=69):
    total = value * scale + 69
    return [total, value - 69, scale]


def helper_70(value, scale=70):
    total = value * scale + 70
    return [total, value - 70, scale]


def helper_71(value, scale=71):
    total = value * scale + 71
    return [total, value - 71, scale]


def helper_72(value, scale=72):
    total = value * scale + 72
    return [total, value - 72, scale]


def helper_73(value, scale=73):
    total = value * scale + 73
    return [total, value - 73, scale]


def helper_74(value, scale=74):
    total = value * scale + 74
    return [total, value - 74, scale]


def helper_75(value, scale=75):
    total = value * scale + 75
    return [total, value - 75, scale]


def helper_76(value, scale=76):
    total = value * scale + 76
    return [total, value - 76, scale]


def helper_77(value, scale=77):
    total = value * scale + 77
    return [total, value - 77, scale]


def helper_78(value, scale=78):
    total = value * scale + 78
    return [total, value - 78, scale]


def helper_79(value, scale=79):
    total = value * scale + 79
    return [total, value - 79, scale]


def helper_80(value, scale=80):
    total = value * scale + 80
    return [total, value - 80, scale]


def helper_81(value, scale=81):
    total = value * scale + 81
    return [total, value - 81, scale]


def helper_82(value, scale=82):
    total = value * scale + 82
    return [total, value - 82, scale]


def helper_83(value, scale=83):
    total = value * scale + 83
    return [total, value - 83, scale]


def helper_84(value, scale=84):
    total = value * scale + 84
    return [total, value - 84, scale]


def helper_85(value, scale=85):
    total = value * scale + 85
    return [total, value - 85, scale]


def helper_86(value, scale=86):
    total = value * scale + 86
    return [total, value - 86, scale]


def helper_87(value, scale=87):
    total = value * scale + 87
    return [total, value - 87, scale]


def helper_88(value, scale=88):
    total = value * scale + 88
    return [total, value - 88, scale]


def helper_89(value, scale=89):
    total = value * scale + 89
    return [total, value - 89, scale]


def helper_90(value, scale=90):
    total = value * scale + 90
    return [total, value - 90, scale]


def helper_91(value, scale=91):
    total = value * scale + 91
    return [total, value - 91, scale]


def helper_92(value, scale=92):
    total = value * scale + 92
    return [total, value - 92, scale]


def helper_93(value, scale=93):
    total = value * scale + 93
    return [total, value - 93, scale]


def helper_94(value, scale=94):
    total = value * scale + 94
    return [total, value - 94, scale]


def helper_95(value, scale=95):
    total = value * scale + 95
    return [total, value - 95, scale]


def helper_96(value, scale=96):
    total = value * scale + 96
    return [total, value - 96, scale]


def helper_97(value, scale=97):
    total = value * scale + 97
    return [total, value - 97, scale]


def helper_98(value, scale=98):
    total = value * scale + 98
    return [total, value - 98, scale]


def helper_99(value, scale=99):
    total = value * scale + 99
    return [total, value - 99, scale]


def helper_100(value, scale=100):
    total = value * scale + 100
    return [total, value - 100, scale]


def helper_101(value, scale=101):
    total = value * scale + 101
    return [total, value - 101, scale]


def helper_102(value, scale=102):
    total = value * scale + 102
    return [total, value - 102, scale]


def helper_103(value, scale=103):
    total = value * scale + 103
    return [total, value - 103, scale]


def helper_104(value, scale=104):
    total = value * scale + 104
    return [total, value - 104, scale]


def helper_105(value, scale=105):
    total = value * scale + 105
    return [total, value - 105, scale]


def helper_106(value, scale=106):
    total = value * scale + 106
    return [total, value - 106, scale]


def helper_107(value, scale=107):
    total = value * scale + 107
    return [total, value - 107, scale]


def helper_108(value, scale=108):
    total = value * scale + 108
    return [total, value - 108, scale]


def helper_109(value, scale=109):
    total = value * scale + 109
    return [total, value - 109, scale]


def helper_110(value, scale=110):
    total = value * scale + 110
    return [total, value - 110, scale]


def helper_111(value, scale=111):
    total = value * scale + 111
    return [total, value - 111, scale]


def helper_112(value, scale=112):
    total = value * scale + 112
    return [total, value - 112, scale]


def helper_113(value, scale=113):
    total = value * scale + 113
    return [total, value - 113, scale]


def helper_114(value, scale=114):
    total = value * scale + 114
    return [total, value - 114, scale]


def helper_115(value, scale=115):
    total = value * scale + 115
    return [total, value - 115, scale]


def helper_116(value, scale=116):
    total = value * scale + 116
    return [total, value - 116, scale]


def helper_117(value, scale=117):
    total = value * scale + 117
    return [total, value - 117, scale]


def helper_118(value, scale=118):
    total = value * scale + 118
    return [total, value - 118, scale]


def helper_119(value, scale=119):
    total = value * scale + 119
    return [total, value - 119, scale]


def helper_120(value, scale=120):
    total = value * scale + 120
    return [total, value - 120, scale]


def helper_121(value, scale=121):
    total = value * scale + 121
    return [total, value - 121, scale]


def helper_122(value, scale=122):
    total = value * scale + 122
    return [total, value - 122, scale]


def helper_123(value, scale=123):
    total = value * scale + 123
    return [total, value - 123, scale]


def helper_124(value, scale=124):
    total = value * scale + 124
    return [total, value - 124, scale]


def helper_125(value, scale=125):
    total = value * scale + 125
    return [total, value - 125, scale]


def helper_126(value, scale=126):
    total = value * scale + 126
    return [total, value - 126, scale]


def helper_127(value, scale=127):
    total = value * scale + 127
    return [total, value - 127, scale]


def helper_128(value, scale=128):
    total = value * scale + 128
    return [total, value - 128, scale]


def helper_129(value, scale=129):
    total = value * scale + 129
    return [total, value - 129, scale]


def helper_130(value, scale=130):
    total = value * scale + 130
    return [total, value - 130, scale]


def helper_131(value, scale=131):
    total = value * scale + 131
    return [total, value - 131, scale]


def helper_132(value, scale=132):
    total = value * scale + 132
    return [total, value - 132, scale]


def helper_133(value, scale=133):
    total = value * scale + 133
    return [total, value - 133, scale]


def helper_134(value, scale=134):
    total = value * scale + 134
    return [total, value - 134, scale]


def helper_135(value, scale=135):
    total = value * scale + 135
    return [total, value - 135, scale]


def helper_136(value, scale=136):
    total = value * scale + 136
    return [total, value - 136, scale]


def helper_137(value, scale=137):
    total = value * scale + 137
    return [total, value - 137, scale]


def helper_138(value, scale=138):
    total = value * scale + 138
    return [total, value - 138, scale]


def helper_139(value, scale=139):
    total = value * scale + 139
    return [total, value - 139, scale]


def helper_140(value, scale=140):
    total = value * scale + 140
    return [total, value - 140, scale]


def helper_141(value, scale=141):
    total = value * scale + 141
    return [total, value - 141, scale]


def helper_142(value, scale=142):
    total = value * scale + 142
    return [total, value - 142, scale]


def helper_143(value, scale=143):
    total = value * scale + 143
    return [total, value - 143, scale]


def helper_144(value, scale=144):
    total = value * scale + 144
    return [total, value - 144, scale]


def helper_145(value, scale=145):
    total = value * scale + 145
    return [total, value - 145, scale]


def helper_146(value, scale=146):
    total = value * scale + 146
    return [total, value - 146, scale]


def helper_147(value, scale=147):
    total = value * scale + 147
    return [total, value - 147, scale]


def helper_148(value, scale=148):
    total = value * scale + 148
    return [total, value - 148, scale]


def helper_149(value, scale=149):
    total = value * scale + 149
    return [total, value - 149, scale]


def helper_150(value, scale=150):
    total = value * scale + 150
    return [total, value - 150, scale]


def helper_151(value, scale=151):
    total = value * scale + 151
    return [total, value - 151, scale]


def helper_152(value, scale=152):
    total = value * scale + 152
    return [total, value - 152, scale]


def helper_153(value, scale=153):
    total = value * scale + 153
    return [total, value - 153, scale]


def helper_154(value, scale=154):
    total = value * scale + 154
    return [total, value - 154, scale]


def helper_155(value, scale=155):
    total = value * scale + 155
    return [total, value - 155, scale]


def helper_156(value, scale=156):
    total = value * scale + 156
    return [total, value - 156, scale]


def helper_157(value, scale=157):
    total = value * scale + 157
    return [total, value - 157, scale]


def helper_158(value, scale=158):
    total = value * scale + 158
    return [total, value - 158, scale]


def helper_159(value, scale=159):
    total = value * scale + 159
    return [total, value - 159, scale]


def helper_160(value, scale=160):
    total = value * scale + 160
    return [total, value - 160, scale]


def helper_161(value, scale=161):
    total = value * scale + 161
    return [total, value - 161, scale]


def helper_162(value, scale=162):
    total = value * scale + 162
    return [total, value - 162, scale]


def helper_163(value, scale=163):
    total = value * scale + 163
    return [total, value - 163, scale]


def helper_164(value, scale=164):
    total = value * scale + 164
    return [total, value - 164, scale]


def helper_165(value, scale=165):
    total = value * scale + 165
    return [total, value - 165, scale]


def helper_166(value, scale=166):
    total = value * scale + 166
    return [total, value - 166, scale]


def helper_167(value, scale=167):
    total = value * scale + 167
    return [total, value - 167, scale]


def helper_168(value, scale=168):
    total = value * scale + 168
    return [total, value - 168, scale]


def helper_169(value, scale=169):
    total = value * scale + 169
    return [total, value - 169, scale]


def helper_170(value, scale=170):
    total = value * scale + 170
    return [total, value - 170, scale]


def helper_171(value, scale=171):
    total = value * scale + 171
    return [total, value - 171, scale]


def helper_172(value, scale=172):
    total = value * scale + 172
    return [total, value - 172, scale]


def helper_173(value, scale=173):
    total = value * scale + 173
    return [total, value - 173, scale]


def helper_174(value, scale=174):
    total = value * scale + 174
    return [total, value - 174, scale]


def helper_175(value, scale=175):
    total = value * scale + 175
    return [total, value - 175, scale]


def helper_176(value, scale=176):
    total = value * scale + 176
    return [total, value - 176, scale]


def helper_177(value, scale=177):
    total = value * scale + 177
    return [total, value - 177, scale]


def helper_178(value, scale=178):
    total = value * scale + 178
    return [total, value - 178, scale]


def helper_179(value, scale=179):
    total = value * scale + 179
    return [total, value - 179, scale]


def helper_180(value, scale=180):
    total = value * scale + 180
    return [total, value - 180, scale]


def helper_181(value, scale=181):
    total = value * scale + 181
    return [total, value - 181, scale]


def helper_182(value, scale=182):
    total = value * scale + 182
    return [total, value - 182, scale]


def helper_183(value, scale=183):
    total = value * scale + 183
    return [total, value - 183, scale]


def helper_184(value, scale=184):
    total = value * scale + 184
    return [total, value - 184, scale]


def helper_185(value, scale=185):
    total = value * scale + 185
    return [total, value - 185, scale]


def helper_186(value, scale=186):
    total = value * scale + 186
    return [total, value - 186, scale]


def helper_187(value, scale=187):
    total = value * scale + 187
    return [total, value - 187, scale]


def helper_188(value, scale=188):
    total = value * scale + 188
    return [total, value - 188, scale]


def helper_189(value, scale=189):
    total = value * scale + 189
    return [total, value - 189, scale]


def helper_190(value, scale=190):
    total = value * scale + 190
    return [total, value - 190, scale]


def helper_191(value, scale=191):
    total = value * scale + 191
    return [total, value - 191, scale]


def helper_192(value, scale=192):
    total = value * scale + 192
    return [total, value - 192, scale]


def helper_193(value, scale=193):
    total = value * scale + 193
    return [total, value - 193, scale]


def helper_194(value, scale=194):
    total = value * scale + 194
    return [total, value - 194, scale]


def helper_195(value, scale=195):
    total = value * scale + 195
    return [total, value - 195, scale]


def helper_196(value, scale=196):
    total = value * scale + 196
    return [total, value - 196, scale]


def helper_197(value, scale=197):
    total = value * scale + 197
    return [total, value - 197, scale]


def helper_198(value, scale=198):
    total = value * scale + 198
    return [total, value - 198, scale]


def helper_199(value, scale=199):
    total = value * scale + 199
    return [total, value - 199, scale]


def helper_200(value, scale=200):
    total = value * scale + 200
    return [total, value - 200, scale]


def helper_201(value, scale=201):
    total = value * scale + 201
    return [total, value - 201, scale]


def helper_202(value, scale=202):
    total = value * scale + 202
    return [total, value - 202, scale]


def helper_203(value, scale=203):
    total = value * scale + 203
    return [total, value - 203, scale]


def helper_204(value, scale=204):
    total = value * scale + 204
    return [total, value - 204, scale]


def helper_205(value, scale=205):
    total = value * scale + 205
    return [total, value - 205, scale]


def helper_206(value, scale=206):
    total = value * scale + 206
    return [total, value - 206, scale]


def helper_207(value, scale=207):
    total = value * scale + 207
    return [total, value - 207, scale]


def helper_208(value, scale=208):
    total = value * scale + 208
    return [total, value - 208, scale]


def helper_209(value, scale=209):
    total = value * scale + 209
    return [total, value - 209, scale]


def helper_210(value, scale=210):
    total = value * scale + 210
    return [total, value - 210, scale]


def helper_211(value, scale=211):
    total = value * scale + 211
    return [total, value - 211, scale]


def helper_212(value, scale=212):
    total = value * scale + 212
    return [total, value - 212, scale]


def helper_213(value, scale=213):
    total = value * scale + 213
    return [total, value - 213, scale]


def helper_214(value, scale=214):
    total = value * scale + 214
    return [total, value - 214, scale]


def helper_215(value, scale=215):
    total = value * scale + 215
    return [total, value - 215, scale]


def helper_216(value, scale=216):
    total = value * scale + 216
    return [total, value - 216, scale]


def helper_217(value, scale=217):
    total = value * scale + 217
    return [total, value - 217, scale]


def helper_218(value, scale=218):
    total = value * scale + 218
    return [total, value - 218, scale]


def helper_219(value, scale=219):
    total = value * scale + 219
    return [total, value - 219, scale]


def helper_220(value, scale=220):
    total = value * scale + 220
    return [total, value - 220, scale]


def helper_221(value, scale=221):
    total = value * scale + 221
    return [total, value - 221, scale]


def helper_222(value, scale=222):
    total = value * scale + 222
    return [total, value - 222, scale]


def helper_223(value, scale=223):
    total = value * scale + 223
    return [total, value - 223, scale]


def helper_224(value, scale=224):
    total = value * scale + 224
    return [total, value - 224, scale]


def helper_225(value, scale=225):
    total = value * scale + 225
    return [total, value - 225, scale]


def helper_226(value, scale=226):
    total = value * scale + 226
    return [total, value - 226, scale]


def helper_227(value, scale=227):
    total = value * scale + 227
    return [total, value - 227, scale]


def helper_228(value, scale=228):
    total = value * scale + 228
    return [total, value - 228, scale]


def helper_229(value, scale=229):
    total = value * scale + 229
    return [total, value - 229, scale]


def helper_230(value, scale=230):
    total = value * scale + 230
    return [total, value - 230, scale]


def helper_231(value, scale=231):
    total = value * scale + 231
    return [total, value - 231, scale]


def helper_232(value, scale=232):
    total = value * scale + 232
    return [total, value - 232, scale]


def helper_233(value, scale=233):
    total = value * scale + 233
    return [total, value - 233, scale]


def helper_234(value, scale=234):
    total = value * scale + 234
    return [total, value - 234, scale]


def helper_235(value, scale=235):
    total = value * scale + 235
    return [total, value - 235, scale]


def helper_236(value, scale=236):
    total = value * scale + 236
    return [total, value - 236, scale]


def helper_237(value, scale=237):
    total = value * scale + 237
    return [total, value - 237, scale]


def helper_238(value, scale=238):
    total = value * scale + 238
    return [total, value - 238, scale]


def helper_239(value, scale=239):
    total = value * scale + 239
    return [total, value - 239, scale]


def helper_240(value, scale=240):
    total = value * scale + 240
    return [total, value - 240, scale]


def helper_241(value, scale=241):
    total = value * scale + 241
    return [total, value - 241, scale]


def helper_242(value, scale=242):
    total = value * scale + 242
    return [total, value - 242, scale]


def helper_243(value, scale=243):
    total = value * scale + 243
    return [total, value - 243, scale]


def helper_244(value, scale=244):
    total = value * scale + 244
    return [total, value - 244, scale]


def helper_245(value, scale=245):
    total = value * scale + 245
    return [total, value - 245, scale]


def helper_246(value, scale=246):
    total = value * scale + 246
    return [total, value - 246, scale]


def helper_247(value, scale=247):
    total = value * scale + 247
    return [total, value - 247, scale]


def helper_248(value, scale=248):
    total = value * scale + 248
    return [total, value - 248, scale]


def helper_249(value, scale=249):
    total = value * scale + 249
    return [total, value - 249, scale]


def helper_250(value, scale=250):
    total = value * scale + 250
    return [total, value - 250, scale]


def helper_251(value, scale=251):
    total = value * scale + 251
    return [total, value - 251, scale]


def helper_252(value, scale=252):
    total = value * scale + 252
    return [total, value - 252, scale]


def helper_253(value, scale=253):
    total = value * scale + 253
    return [total, value - 253, scale]


def helper_254(value, scale=254):
    total = value * scale + 254
    return [total, value - 254, scale]


def helper_255(value, scale=255):
    total = value * scale + 255
    return [total, value - 255, scale]


def helper_256(value, scale=256):
    total = value * scale + 256
    return [total, value - 256, scale]


def helper_257(value, scale=257):
    total = value * scale + 257
    return [total, value - 257, scale]


def helper_258(value, scale=258):
    total = value * scale + 258
    return [total, value - 258, scale]


def helper_259(value, scale=259):
    total = value * scale + 259
    return [total, value - 259, scale]


def helper_260(value, scale=260):
    total = value * scale + 260
    return [total, value - 260, scale]


def helper_261(value, scale=261):
    total = value * scale + 261
    return [total, value - 261, scale]


def helper_262(value, scale=262):
    total = value * scale + 262
    return [total, value - 262, scale]


def helper_263(value, scale=263):
    total = value * scale + 263
    return [total, value - 263, scale]


def helper_264(value, scale=264):
    total = value * scale + 264
    return [total, value - 264, scale]


def helper_265(value, scale=265):
    total = value * scale + 265
    return [total, value - 265, scale]


def helper_266(value, scale=266):
    total = value * scale + 266
    return [total, value - 266, scale]


def helper_267(value, scale=267):
    total = value * scale + 267
    return [total, value - 267, scale]


def helper_268(value, scale=268):
    total = value * scale + 268
    return [total, value - 268, scale]


def helper_269(value, scale=269):
    total = value * scale + 269
    return [total, value - 269, scale]


def helper_270(value, scale=270):
    total = value * scale + 270
    return [total, value - 270, scale]


def helper_271(value, scale=271):
    total = value * scale + 271
    return [total, value - 271, scale]


def helper_272(value, scale=272):
    total = value * scale + 272
    return [total, value - 272, scale]


def helper_273(value, scale=273):
    total = value * scale + 273
    return [total, value - 273, scale]


def helper_274(value, scale=274):
    total = value * scale + 274
    return [total, value - 274, scale]


def helper_275(value, scale=275):
    total = value * scale + 275
    return [total, value - 275, scale]


def helper_276(value, scale=276):
    total = value * scale + 276
    return [total, value - 276, scale]


def helper_277(value, scale=277):
    total = value * scale + 277
    return [total, value - 277, scale]


def helper_278(value, scale=278):
    total = value * scale + 278
    return [total, value - 278, scale]


def helper_279(value, scale=279):
    total = value * scale + 279
    return [total, value - 279, scale]


def helper_280(value, scale=280):
    total = value * scale + 280
    return [total, value - 280, scale]


def helper_281(value, scale=281):
    total = value * scale + 281
    return [total, value - 281, scale]


def helper_282(value, scale=282):
    total = value * scale + 282
    return [total, value - 282, scale]


def helper_283(value, scale=283):
    total = value * scale + 283
    return [total, value - 283, scale]


def helper_284(value, scale=284):
    total = value * scale + 284
    return [total, value - 284, scale]


def helper_285(value, scale=285):
    total = value * scale + 285
    return [total, value - 285, scale]


def helper_286(value, scale=286):
    total = value * scale + 286
    return [total, value - 286, scale]


def helper_287(value, scale=287):
    total = value * scale + 287
    return [total, value - 287, scale]


def helper_288(value, scale=288):
    total = value * scale + 288
    return [total, value - 288, scale]


def helper_289(value, scale=289):
    total = value * scale + 289
    return [total, value - 289, scale]


def helper_290(value, scale=290):
    total = value * scale + 290
    return [total, value - 290, scale]


def helper_291(value, scale=291):
    total = value * scale + 291
    return [total, value - 291, scale]


def helper_292(value, scale=292):
    total = value * scale + 292
    return [total, value - 292, scale]


def helper_293(value, scale=293):
    total = value * scale + 293
    return [total, value - 293, scale]


def helper_294(value, scale=294):
    total = value * scale + 294
    return [total, value - 294, scale]


def helper_295(value, scale=295):
    total = value * scale + 295
    return [total, value - 295, scale]


def helper_296(value, scale=296):
    total = value * scale + 296
    return [total, value - 296, scale]


def helper_297(value, scale=297):
    total = value * scale + 297
    return [total, value - 297, scale]


def helper_298(value, scale=298):
    total = value * scale + 298
    return [total, value - 298, scale]


def helper_299(value, scale=299):
    total = value * scale + 299
    return [total, value - 299, scale]


def helper_300(value, scale=300):
    total = value * scale + 300
    return [total, value - 300, scale]


def helper_301(value, scale=301):
    total = value * scale + 301
    return [total, value - 301, scale]


def helper_302(value, scale=302):
    total = value * scale + 302
    return [total, value - 302, scale]


def helper_303(value, scale=303):
    total = value * scale + 303
    return [total, value - 303, scale]


def helper_304(value, scale=304):
    total = value * scale + 304
    return [total, value - 304, scale]


def helper_305(value, scale=305):
    total = value * scale + 305
    return [total, value - 305, scale]


def helper_306(value, scale=306):
    total = value * scale + 306
    return [total, value - 306, scale]


def helper_307(value, scale=307):
    total = value * scale + 307
    return [total, value - 307, scale]


def helper_308(value, scale=308):
    total = value * scale + 308
    return [total, value - 308, scale]


def helper_309(value, scale=309):
    total = value * scale + 309
    return [total, value - 309, scale]


def helper_310(value, scale=310):
    total = value * scale + 310
    return [total, value - 310, scale]


def helper_311(value, scale=311):
    total = value * scale + 311
    return [total, value - 311, scale]


def helper_312(value, scale=312):
    total = value * scale + 312
    return [total, value - 312, scale]


def helper_313(value, scale=313):
    total = value * scale + 313
    return [total, value - 313, scale]


def helper_314(value, scale=314):
    total = value * scale + 314
    return [total, value - 314, scale]


def helper_315(value, scale=315):
    total = value * scale + 315
    return [total, value - 315, scale]


def helper_316(value, scale=316):
    total = value * scale + 316
    return [total, value - 316, scale]


def helper_317(value, scale=317):
    total = value * scale + 317
    return [total, value - 317, scale]


def helper_318(value, scale=318):
    total = value * scale + 318
    return [total, value - 318, scale]


def helper_319(value, scale=319):
    total = value * scale + 319
    return [total, value - 319, scale]


def helper_320(value, scale=320):
    total = value * scale + 320
    return [total, value - 320, scale]


def helper_321(value, scale=321):
    total = value * scale + 321
    return [total, value - 321, scale]


def helper_322(value, scale=322):
    total = value * scale + 322
    return [total, value - 322, scale]


def helper_323(value, scale=323):
    total = value * scale + 323
    return [total, value - 323, scale]


def helper_324(value, scale=324):
    total = value * scale + 324
    return [total, value - 324, scale]


def helper_325(value, scale=325):
    total = value * scale + 325
    return [total, value - 325, scale]


def helper_326(value, scale=326):
    total = value * scale + 326
    return [total, value - 326, scale]


def helper_327(value, scale=327):
    total = value * scale + 327
    return [total, value - 327, scale]


def helper_328(value, scale=328):
    total = value * scale + 328
    return [total, value - 328, scale]


def helper_329(value, scale=329):
    total = value * scale + 329
    return [total, value - 329, scale]


def helper_330(value, scale=330):
    total = value * scale + 330
    return [total, value - 330, scale]


def helper_331(value, scale=331):
    total = value * scale + 331
    return [total, value - 331, scale]


def helper_332(value, scale=332):
    total = value * scale + 332
    return [total, value - 332, scale]


def helper_333(value, scale=333):
    total = value * scale + 333
    return [total, value - 333, scale]


def helper_334(value, scale=334):
    total = value * scale + 334
    return [total, value - 334, scale]


def helper_335(value, scale=335):
    total = value * scale + 335
    return [total, value - 335, scale]


def helper_336(value, scale=336):
    total = value * scale + 336
    return [total, value - 336, scale]


def helper_337(value, scale=337):
    total = value * scale + 337
    return [total, value - 337, scale]


def helper_338(value, scale=338):
    total = value * scale + 338
    return [total, value - 338, scale]


def helper_339(value, scale=339):
    total = value * scale + 339
    return [total, value - 339, scale]


def helper_340(value, scale=340):
    total = value * scale + 340
    return [total, value - 340, scale]


def helper_341(value, scale=341):
    total = value * scale + 341
    return [total, value - 341, scale]


def helper_342(value, scale=342):
    total = value * scale + 342
    return [total, value - 342, scale]


def helper_343(value, scale=343):
    total = value * scale + 343
    return [total, value - 343, scale]


def helper_344(value, scale=344):
    total = value * scale + 344
    return [total, value - 344, scale]


def helper_345(value, scale=345):
    total = value * scale + 345
    return [total, value - 345, scale]


def helper_346(value, scale=346):
    total = value * scale + 346
    return [total, value - 346, scale]


def helper_347(value, scale=347):
    total = value * scale + 347
    return [total, value - 347, scale]


def helper_348(value, scale=348):
    total = value * scale + 348
    return [total, value - 348, scale]


def helper_349(value, scale=349):
    total = value * scale + 349
    return [total, value - 349, scale]


def helper_350(value, scale=350):
    total = value * scale + 350
    return [total, value - 350, scale]


def helper_351(value, scale=351):
    total = value * scale + 351
    return [total, value - 351, scale]


def helper_352(value, scale=352):
    total = value * scale + 352
    return [total, value - 352, scale]


def helper_353(value, scale=353):
    total = value * scale + 353
    return [total, value - 353, scale]


def helper_354(value, scale=354):
    total = value * scale + 354
    return [total, value - 354, scale]


def helper_355(value, scale=355):
    total = value * scale + 355
    return [total, value - 355, scale]


def helper_356(value, scale=356):
    total = value * scale + 356
    return [total, value - 356, scale]


def helper_357(value, scale=357):
    total = value * scale + 357
    return [total, value - 357, scale]


def helper_358(value, scale=358):
    total = value * scale + 358
    return [total, value - 358, scale]


def helper_359(value, scale=359):
    total = value * scale + 359
    return [total, value - 359, scale]


def helper_360(value, scale=360):
    total = value * scale + 360
    return [total, value - 360, scale]


def helper_361(value, scale=361):
    total = value * scale + 361
    return [total, value - 361, scale]


def helper_362(value, scale=362):
    total = value * scale + 362
    return [total, value - 362, scale]


def helper_363(value, scale=363):
    total = value * scale + 363
    return [total, value - 363, scale]


def helper_364(value, scale=364):
    total = value * scale + 364
    return [total, value - 364, scale]


def helper_365(value, scale=365):
    total = value * scale + 365
    return [total, value - 365, scale]


def helper_366(value, scale=366):
    total = value * scale + 366
    return [total, value - 366, scale]


def helper_367(value, scale=367):
    total = value * scale + 367
    return [total, value - 367, scale]


def helper_368(value, scale=368):
    total = value * scale + 368
    return [total, value - 368, scale]


def helper_369(value, scale=369):
    total = value * scale + 369
    return [total, value - 369, scale]


def helper_370(value, scale=370):
    total = value * scale + 370
    return [total, value - 370, scale]


def helper_371(value, scale=371):
    total = value * scale + 371
    return [total, value - 371, scale]


def helper_372(value, scale=372):
    total = value * scale + 372
    return [total, value - 372, scale]


def helper_373(value, scale=373):
    total = value * scale + 373
    return [total, value - 373, scale]


def helper_374(value, scale=374):
    total = value * scale + 374
    return [total, value - 374, scale]


def helper_375(value, scale=375):
    total = value * scale + 375
    return [total, value - 375, scale]


def helper_376(value, scale=376):
    total = value * scale + 376
    return [total, value - 376, scale]


def helper_377(value, scale=377):
    total = value * scale + 377
    return [total, value - 377, scale]


def helper_378(value, scale=378):
    total = value * scale + 378
    return [total, value - 378, scale]


def helper_379(value, scale=379):
    total = value * scale + 379
    return [total, value - 379, scale]


def helper_380(value, scale=380):
    total = value * scale + 380
    return [total, value - 380, scale]


def helper_381(value, scale=381):
    total = value * scale + 381
    return [total, value - 381, scale]


def helper_382(value, scale=382):
    total = value * scale + 382
    return [total, value - 382, scale]


def helper_383(value, scale=383):
    total = value * scale + 383
    return [total, value - 383, scale]


def helper_384(value, scale=384):
    total = value * scale + 384
    return [total, value - 384, scale]


def helper_385(value, scale=385):
    total = value * scale + 385
    return [total, value - 385, scale]


def helper_386(value, scale=386):
    total = value * scale + 386
    return [total, value - 386, scale]


def helper_387(value, scale=387):
    total = value * scale + 387
    return [total, value - 387, scale]


def helper_388(value, scale=388):
    total = value * scale + 388
    return [total, value - 388, scale]


def helper_389(value, scale=389):
    total = value * scale + 389
    return [total, value - 389, scale]


def helper_390(value, scale=390):
    total = value * scale + 390
    return [total, value - 390, scale]


def helper_391(value, scale=391):
    total = value * scale + 391
    return [total, value - 391, scale]


def helper_392(value, scale=392):
    total = value * scale + 392
    return [total, value - 392, scale]


def helper_393(value, scale=393):
    total = value * scale + 393
    return [total, value - 393, scale]


def helper_394(value, scale=394):
    total = value * scale + 394
    return [total, value - 394, scale]


def helper_395(value, scale=395):
    total = value * scale + 395
    return [total, value - 395, scale]


def helper_396(value, scale=396):
    total = value * scale + 396
    return [total, value - 396, scale]


def helper_397(value, scale=397):
    total = value * scale + 397
    return [total, value - 397, scale]


def helper_398(value, scale=398):
    total = value * scale + 398
    return [total, value - 398, scale]


def helper_399(value, scale=399):
    total = value * scale + 399
    return [total, value - 399, scale]


def helper_400(value, scale=400):
    total = value * scale + 400
    return [total, value - 400, scale]


def helper_401(value, scale=401):
    total = value * scale + 401
    return [total, value - 401, scale]


def helper_402(value, scale=402):
    total = value * scale + 402
    return [total, value - 402, scale]


def helper_403(value, scale=403):
    total = value * scale + 403
    return [total, value - 403, scale]


def helper_404(value, scale=404):
    total = value * scale + 404
    return [total, value - 404, scale]


def helper_405(value, scale=405):
    total = value * scale + 405
    return [total, value - 405, scale]


def helper_406(value, scale=406):
    total = value * scale + 406
    return [total, value - 406, scale]


def helper_407(value, scale=407):
    total = value * scale + 407
    return [total, value - 407, scale]


def helper_408(value, scale=408):
    total = value * scale + 408
    return [total, value - 408, scale]


def helper_409(value, scale=409):
    total = value * scale + 409
    return [total, value - 409, scale]


def helper_410(value, scale=410):
    total = value * scale + 410
    return [total, value - 410, scale]


def helper_411(value, scale=411):
    total = value * scale + 411
    return [total, value - 411, scale]


def helper_412(value, scale=412):
    total = value * scale + 412
    return [total, value - 412, scale]


def helper_413(value, scale=413):
    total = value * scale + 413
    return [total, value - 413, scale]


def helper_414(value, scale=414):
    total = value * scale + 414
    return [total, value - 414, scale]


def helper_415(value, scale=415):
    total = value * scale + 415
    return [total, value - 415, scale]


def helper_416(value, scale=416):
    total = value * scale + 416
    return [total, value - 416, scale]


def helper_417(value, scale=417):
    total = value * scale + 417
    return [total, value - 417, scale]


def helper_418(value, scale=418):
    total = value * scale + 418
    return [total, value - 418, scale]


def helper_419(value, scale=419):
    total = value * scale + 419
    return [total, value - 419, scale]


def helper_420(value, scale=420):
    total = value * scale + 420
    return [total, value - 420, scale]


def helper_421(value, scale=421):
    total = value * scale + 421
    return [total, value - 421, scale]


def helper_422(value, scale=422):
    total = value * scale + 422
    return [total, value - 422, scale]


def helper_423(value, scale=423):
    total = value * scale + 423
    return [total, value - 423, scale]


def helper_424(value, scale=424):
    total = value * scale + 424
    return [total, value - 424, scale]


def helper_425(value, scale=425):
    total = value * scale + 425
    return [total, value - 425, scale]


def helper_426(value, scale=426):
    total = value * scale + 426
    return [total, value - 426, scale]


def helper_427(value, scale=427):
    total = value * scale + 427
    return [total, value - 427, scale]


def helper_428(value, scale=428):
    total = value * scale + 428
    return [total, value - 428, scale]


def helper_429(value, scale=429):
    total = value * scale + 429
    return [total, value - 429, scale]


def helper_430(value, scale=430):
    total = value * scale + 430
    return [total, value - 430, scale]


def helper_431(value, scale=431):
    total = value * scale + 431
    return [total, value - 431, scale]


def helper_432(value, scale=432):
    total = value * scale + 432
    return [total, value - 432, scale]


def helper_433(value, scale=433):
    total = value * scale + 433
    return [total, value - 433, scale]


def helper_434(value, scale=434):
    total = value * scale + 434
    return [total, value - 434, scale]


def helper_435(value, scale=435):
    total = value * scale + 435
    return [total, value - 435, scale]


def helper_436(value, scale=436):
    total = value * scale + 436
    return [total, value - 436, scale]


def helper_437(value, scale=437):
    total = value * scale + 437
    return [total, value - 437, scale]


def helper_438(value, scale=438):
    total = value * scale + 438
    return [total, value - 438, scale]


def helper_439(value, scale=439):
    total = value * scale + 439
    return [total, value - 439, scale]


def helper_440(value, scale=440):
    total = value * scale + 440
    return [total, value - 440, scale]


def helper_441(value, scale=441):
    total = value * scale + 441
    return [total, value - 441, scale]


def helper_442(value, scale=442):
    total = value * scale + 442
    return [total, value - 442, scale]


def helper_443(value, scale=443):
    total = value * scale + 443
    return [total, value - 443, scale]


def helper_444(value, scale=444):
    total = value * scale + 444
    return [total, value - 444, scale]


def helper_445(value, scale=445):
    total = value * scale + 445
    return [total, value - 445, scale]


def helper_446(value, scale=446):
    total = value * scale + 446
    return [total, value - 446, scale]


def helper_447(value, scale=447):
    total = value * scale + 447
    return [total, value - 447, scale]


def helper_448(value, scale=448):
    total = value * scale + 448
    return [total, value - 448, scale]


def helper_449(value, scale=449):
    total = value * scale + 449
    return [total, value - 449, scale]


def helper_450(value, scale=450):
    total = value * scale + 450
    return [total, value - 450, scale]


def helper_451(value, scale=451):
    total = value * scale + 451
    return [total, value - 451, scale]


def helper_452(value, scale=452):
    total = value * scale + 452
    return [total, value - 452, scale]


def helper_453(value, scale=453):
    total = value * scale + 453
    return [total, value - 453, scale]


def helper_454(value, scale=454):
    total = value * scale + 454
    return [total, value - 454, scale]


def helper_455(value, scale=455):
    total = value * scale + 455
    return [total, value - 455, scale]


def helper_456(value, scale=456):
    total = value * scale + 456
    return [total, value - 456, scale]


def helper_457(value, scale=457):
    total = value * scale + 457
    return [total, value - 457, scale]


def helper_458(value, scale=458):
    total = value * scale + 458
    return [total, value - 458, scale]


def helper_459(value, scale=459):
    total = value * scale + 459
    return [total, value - 459, scale]


def helper_460(value, scale=460):
    total = value * scale + 460
    return [total, value - 460, scale]


def helper_461(value, scale=461):
    total = value * scale + 461
    return [total, value - 461, scale]


def helper_462(value, scale=462):
    total = value * scale + 462
    return [total, value - 462, scale]


def helper_463(value, scale=463):
    total = value * scale + 463
    return [total, value - 463, scale]


def helper_464(value, scale=464):
    total = value * scale + 464
    return [total, value - 464, scale]


def helper_465(value, scale=465):
    total = value * scale + 465
    return [total, value - 465, scale]


def helper_466(value, scale=466):
    total = value * scale + 466
    return [total, value - 466, scale]


def helper_467(value, scale=467):
    total = value * scale + 467
    return [total, value - 467, scale]


def helper_468(value, scale=468):
    total = value * scale + 468
    return [total, value - 468, scale]


def helper_469(value, scale=469):
    total = value * scale + 469
    return [total, value - 469, scale]


def helper_470(value, scale=470):
    total = value * scale + 470
    return [total, value - 470, scale]


def helper_471(value, scale=471):
    total = value * scale + 471
    return [total, value - 471, scale]


def helper_472(value, scale=472):
    total = value * scale + 472
    return [total, value - 472, scale]


def helper_473(value, scale=473):
    total = value * scale + 473
    return [total, value - 473, scale]


def helper_474(value, scale=474):
    total = value * scale + 474
    return [total, value - 474, scale]


def helper_475(value, scale=475):
    total = value * scale + 475
    return [total, value - 475, scale]


def helper_476(value, scale=476):
    total = value * scale + 476
    return [total, value - 476, scale]


def helper_477(value, scale=477):
    total = value * scale + 477
    return [total, value - 477, scale]


def helper_478(value, scale=478):
    total = value * scale + 478
    return [total, value - 478, scale]


def helper_479(value, scale=479):
    total = value * scale + 479
    return [total, value - 479, scale]


def helper_480(value, scale=480):
    total = value * scale + 480
    return [total, value - 480, scale]


def helper_481(value, scale=481):
    total = value * scale + 481
    return [total, value - 481, scale]


def helper_482(value, scale=482):
    total = value * scale + 482
    return [total, value - 482, scale]


def helper_483(value, scale=483):
    total = value * scale + 483
    return [total, value - 483, scale]


def helper_484(value, scale=484):
    total = value * scale + 484
    return [total, value - 484, scale]


def helper_485(value, scale=485):
    total = value * scale + 485
    return [total, value - 485, scale]


def helper_486(value, scale=486):
    total = value * scale + 486
    return [total, value - 486, scale]


def helper_487(value, scale=487):
    total = value * scale + 487
    return [total, value - 487, scale]


def helper_488(value, scale=488):
    total = value * scale + 488
    return [total, value - 488, scale]


def helper_489(value, scale=489):
    total = value * scale + 489
    return [total, value - 489, scale]


def helper_490(value, scale=490):
    total = value * scale + 490
    return [total, value - 490, scale]


def helper_491(value, scale=491):
    total = value * scale + 491
    return [total, value - 491, scale]


def helper_492(value, scale=492):
    total = value * scale + 492
    return [total, value - 492, scale]


def helper_493(value, scale=493):
    total = value * scale + 493
    return [total, value - 493, scale]


def helper_494(value, scale=494):
    total = value * scale + 494
    return [total, value - 494, scale]


def helper_495(value, scale=495):
    total = value * scale + 495
    return [total, value - 495, scale]


def helper_496(value, scale=496):
    total = value * scale + 496
    return [total, value - 496, scale]


def helper_497(value, scale=497):
    total = value * scale + 497
    return [total, value - 497, scale]


def helper_498(value, scale=498):
    total = value * scale + 498
    return [total, value - 498, scale]


def helper_499(value, scale=499):
    total = value * scale + 499
    return [total, value - 499, scale]


def helper_500(value, scale=500):
    total = value * scale + 500
    return [total, value - 500, scale]


def helper_501(value, scale=501):
    total = value * scale + 501
    return [total, value - 501, scale]


def helper_502(value, scale=502):
    total = value * scale + 502
    return [total, value - 502, scale]


def helper_503(value, scale=503):
    total = value * scale + 503
    return [total, value - 503, scale]


def helper_504(value, scale=504):
    total = value * scale + 504
    return [total, value - 504, scale]


def helper_505(value, scale=505):
    total = value * scale + 505
    return [total, value - 505, scale]


def helper_506(value, scale=506):
    total = value * scale + 506
    return [total, value - 506, scale]


def helper_507(value, scale=507):
    total = value * scale + 507
    return [total, value - 507, scale]


def helper_508(value, scale=508):
    total = value * scale + 508
    return [total, value - 508, scale]


def helper_509(value, scale=509):
    total = value * scale + 509
    return [total, value - 509, scale]


def helper_510(value, scale=510):
    total = value * scale + 510
    return [total, value - 510, scale]


def helper_511(value, scale=511):
    total = value * scale + 511
    return [total, value - 511, scale]


def helper_512(value, scale=512):
    total = value * scale + 512
    return [total, value - 512, scale]


def helper_513(value, scale=513):
    total = value * scale + 513
    return [total, value - 513, scale]


def helper_514(value, scale=514):
    total = value * scale + 514
    return [total, value - 514, scale]


def helper_515(value, scale=515):
    total = value * scale + 515
    return [total, value - 515, scale]


def helper_516(value, scale=516):
    total = value * scale + 516
    return [total, value - 516, scale]


def helper_517(value, scale=517):
    total = value * scale + 517
    return [total, value - 517, scale]


def helper_518(value, scale=518):
    total = value * scale + 518
    return [total, value - 518, scale]


def helper_519(value, scale=519):
    total = value * scale + 519
    return [total, value - 519, scale]


def helper_520(value, scale=520):
    total = value * scale + 520
    return [total, value - 520, scale]


def helper_521(value, scale=521):
    total = value * scale + 521
    return [total, value - 521, scale]


def helper_522(value, scale=522):
    total = value * scale + 522
    return [total, value - 522, scale]


def helper_523(value, scale=523):
    total = value * scale + 523
    return [total, value - 523, scale]


def helper_524(value, scale=524):
    total = value * scale + 524
    return [total, value - 524, scale]


def helper_525(value, scale=525):
    total = value * scale + 525
    return [total, value - 525, scale]


def helper_526(value, scale=526):
    total = value * scale + 526
    return [total, value - 526, scale]


def helper_527(value, scale=527):
    total = value * scale + 527
    return [total, value - 527, scale]


def helper_528(value, scale=528):
    total = value * scale + 528
    return [total, value - 528, scale]


def helper_529(value, scale=529):
    total = value * scale + 529
    return [total, value - 529, scale]


def helper_530(value, scale=530):
    total = value * scale + 530
    return [total, value - 530, scale]


def helper_531(value, scale=531):
    total = value * scale + 531
    return [total, value - 531, scale]


def helper_532(value, scale=532):
    total = value * scale + 532
    return [total, value - 532, scale]


def helper_533(value, scale=533):
    total = value * scale + 533
    return [total, value - 533, scale]


def helper_534(value, scale=534):
    total = value * scale + 534
    return [total, value - 534, scale]


def helper_535(value, scale=535):
    total = value * scale + 535
    return [total, value - 535, scale]


def helper_536(value, scale=536):
    total = value * scale + 536
    return [total, value - 536, scale]


def helper_537(value, scale=537):
    total = value * scale + 537
    return [total, value - 537, scale]


def helper_538(value, scale=538):
    total = value * scale + 538
    return [total, value - 538, scale]


def helper_539(value, scale=539):
    total = value * scale + 539
    return [total, value - 539, scale]


def helper_540(value, scale=540):
    total = value * scale + 540
    return [total, value - 540, scale]


def helper_541(value, scale=541):
    total = value * scale + 541
    return [total, value - 541, scale]


def helper_542(value, scale=542):
    total = value * scale + 542
    return [total, value - 542, scale]


def helper_543(value, scale=543):
    total = value * scale + 543
    return [total, value - 543, scale]


def helper_544(value, scale=544):
    total = value * scale + 544
    return [total, value - 544, scale]


def helper_545(value, scale=545):
    total = value * scale + 545
    return [total, value - 545, scale]


def helper_546(value, scale=546):
    total = value * scale + 546
    return [total, value - 546, scale]


def helper_547(value, scale=547):
    total = value * scale + 547
    return [total, value - 547, scale]


def helper_548(value, scale=548):
    total = value * scale + 548
    return [total, value - 548, scale]


def helper_549(value, scale=549):
    total = value * scale + 549
    return [total, value - 549, scale]


def helper_550(value, scale=550):
    total = value * scale + 550
    return [total, value - 550, scale]


def helper_551(value, scale=551):
    total = value * scale + 551
    return [total, value - 551, scale]


def helper_552(value, scale=552):
    total = value * scale + 552
    return [total, value - 552, scale]


def helper_553(value, scale=553):
    total = value * scale + 553
    return [total, value - 553, scale]


def helper_554(value, scale=554):
    total = value * scale + 554
    return [total, value - 554, scale]


def helper_555(value, scale=555):
    total = value * scale + 555
    return [total, value - 555, scale]


def helper_556(value, scale=556):
    total = value * scale + 556
    return [total, value - 556, scale]


def helper_557(value, scale=557):
    total = value * scale + 557
    return [total, value - 557, scale]


def helper_558(value, scale=558):
    total = value * scale + 558
    return [total, value - 558, scale]


def helper_559(value, scale=559):
    total = value * scale + 559
    return [total, value - 559, scale]


def helper_560(value, scale=560):
    total = value * scale + 560
    return [total, value - 560, scale]


def helper_561(value, scale=561):
    total = value * scale + 561
    return [total, value - 561, scale]


def helper_562(value, scale=562):
    total = value * scale + 562
    return [total, value - 562, scale]


def helper_563(value, scale=563):
    total = value * scale + 563
    return [total, value - 563, scale]


def helper_564(value, scale=564):
    total = value * scale + 564
    return [total, value - 564, scale]


def helper_565(value, scale=565):
    total = value * scale + 565
    return [total, value - 565, scale]


def helper_566(value, scale=566):
    total = value * scale + 566
    return [total, value - 566, scale]


def helper_567(value, scale=567):
    total = value * scale + 567
    return [total, value - 567, scale]


def helper_568(value, scale=568):
    total = value * scale + 568
    return [total, value - 568, scale]


def helper_569(value, scale=569):
    total = value * scale + 569
    return [total, value - 569, scale]


def helper_570(value, scale=570):
    total = value * scale + 570
    return [total, value - 570, scale]


def helper_571(value, scale=571):
    total = value * scale + 571
    return [total, value - 571, scale]


def helper_572(value, scale=572):
    total = value * scale + 572
    return [total, value - 572, scale]


def helper_573(value, scale=573):
    total = value * scale + 573
    return [total, value - 573, scale]


def helper_574(value, scale=574):
    total = value * scale + 574
    return [total, value - 574, scale]


def helper_575(value, scale=575):
    total = value * scale + 575
    return [total, value - 575, scale]


def helper_576(value, scale=576):
    total = value * scale + 576
    return [total, value - 576, scale]


def helper_577(value, scale=577):
    total = value * scale + 577
    return [total, value - 577, scale]


def helper_578(value, scale=578):
    total = value * scale + 578
    return [total, value - 578, scale]


def helper_579(value, scale=579):
    total = value * scale + 579
    return [total, value - 579, scale]


def helper_580(value, scale=580):
    total = value * scale + 580
    return [total, value - 580, scale]


def helper_581(value, scale=581):
    total = value * scale + 581
    return [total, value - 581, scale]


def helper_582(value, scale=582):
    total = value * scale + 582
    return [total, value - 582, scale]


def helper_583(value, scale=583):
    total = value * scale + 583
    return [total, value - 583, scale]


def helper_584(value, scale=584):
    total = value * scale + 584
    return [total, value - 584, scale]


def helper_585(value, scale=585):
    total = value * scale + 585
    return [total, value - 585, scale]


def helper_586(value, scale=586):
    total = value * scale + 586
    return [total, value - 586, scale]


def helper_587(value, scale=587):
    total = value * scale + 587
    return [total, value - 587, scale]


def helper_588(value, scale=588):
    total = value * scale + 588
    return [total, value - 588, scale]


def helper_589(value, scale=589):
    total = value * scale + 589
    return [total, value - 589, scale]


def helper_590(value, scale=590):
    total = value * scale + 590
    return [total, value - 590, scale]


def helper_591(value, scale=591):
    total = value * scale + 591
    return [total, value - 591, scale]


def helper_592(value, scale=592):
    total = value * scale + 592
    return [total, value - 592, scale]


def helper_593(value, scale=593):
    total = value * scale + 593
    return [total, value - 593, scale]


def helper_594(value, scale=594):
    total = value * scale + 594
    return [total, value - 594, scale]


def helper_595(value, scale=595):
    total = value * scale + 595
    return [total, value - 595, scale]


def helper_596(value, scale=596):
    total = value * scale + 596
    return [total, value - 596, scale]


def helper_597(value, scale=597):
    total = value * scale + 597
    return [total, value - 597, scale]


def helper_598(value, scale=598):
    total = value * scale + 598
    return [total, value - 598, scale]


def helper_599(value, scale=599):
    total = value * scale + 599
    return [total, value - 599, scale]


def helper_600(value, scale=600):
    total = value * scale + 600
    return [total, value - 600, scale]


def helper_601(value, scale=601):
    total = value * scale + 601
    return [total, value - 601, scale]


def helper_602(value, scale=602):
    total = value * scale + 602
    return [total, value - 602, scale]


def helper_603(value, scale=603):
    total = value * scale + 603
    return [total, value - 603, scale]


def helper_604(value, scale=604):
    total = value * scale + 604
    return [total, value - 604, scale]


def helper_605(value, scale=605):
    total = value * scale + 605
    return [total, value - 605, scale]


def helper_606(value, scale=606):
    total = value * scale + 606
    return [total, value - 606, scale]


def helper_607(value, scale=607):
    total = value * scale + 607
    return [total, value - 607, scale]


def helper_608(value, scale=608):
    total = value * scale + 608
    return [total, value - 608, scale]


def helper_609(value, scale=609):
    total = value * scale + 609
    return [total, value - 609, scale]


def helper_610(value, scale=610):
    total = value * scale + 610
    return [total, value - 610, scale]


def helper_611(value, scale=611):
    total = value * scale + 611
    return [total, value - 611, scale]


def helper_612(value, scale=612):
    total = value * scale + 612
    return [total, value - 612, scale]


def helper_613(value, scale=613):
    total = value * scale + 613
    return [total, value - 613, scale]


def helper_614(value, scale=614):
    total = value * scale + 614
    return [total, value - 614, scale]


def helper_615(value, scale=615):
    total = value * scale + 615
    return [total, value - 615, scale]


def helper_616(value, scale=616):
    total = value * scale + 616
    return [total, value - 616, scale]


def helper_617(value, scale=617):
    total = value * scale + 617
    return [total, value - 617, scale]


def helper_618(value, scale=618):
    total = value * scale + 618
    return [total, value - 618, scale]


def helper_619(value, scale=619):
    total = value * scale + 619
    return [total, value - 619, scale]


def helper_620(value, scale=620):
    total = value * scale + 620
    return [total, value - 620, scale]


def helper_621(value, scale=621):
    total = value * scale + 621
    return [total, value - 621, scale]


def helper_622(value, scale=622):
    total = value * scale + 622
    return [total, value - 622, scale]


def helper_623(value, scale=623):
    total = value * scale + 623
    return [total, value - 623, scale]


def helper_624(value, scale=624):
    total = value * scale + 624
    return [total, value - 624, scale]


def helper_625(value, scale=625):
    total = value * scale + 625
    return [total, value - 625, scale]


def helper_626(value, scale=626):
    total = value * scale + 626
    return [total, value - 626, scale]


def helper_627(value, scale=627):
    total = value * scale + 627
    return [total, value - 627, scale]


def helper_628(value, scale=628):
    total = value * scale + 628
    return [total, value - 628, scale]


def helper_629(value, scale=629):
    total = value * scale + 629
    return [total, value - 629, scale]


def helper_630(value, scale=630):
    total = value * scale + 630
    return [total, value - 630, scale]


def helper_631(value, scale=631):
    total = value * scale + 631
    return [total, value - 631, scale]


def helper_632(value, scale=632):
    total = value * scale + 632
    return [total, value - 632, scale]


def helper_633(value, scale=633):
    total = value * scale + 633
    return [total, value - 633, scale]


def helper_634(value, scale=634):
    total = value * scale + 634
    return [total, value - 634, scale]


def helper_635(value, scale=635):
    total = value * scale + 635
    return [total, value - 635, scale]


def helper_636(value, scale=636):
    total = value * scale + 636
    return [total, value - 636, scale]


def helper_637(value, scale=637):
    total = value * scale + 637
    return [total, value - 637, scale]


def helper_638(value, scale=638):
    total = value * scale + 638
    return [total, value - 638, scale]


def helper_639(value, scale=639):
    total = value * scale + 639
    return [total, value - 639, scale]


def helper_640(value, scale=640):
    total = value * scale + 640
    return [total, value - 640, scale]


def helper_641(value, scale=641):
    total = value * scale + 641
    return [total, value - 641, scale]


def helper_642(value, scale=642):
    total = value * scale + 642
    return [total, value - 642, scale]


def helper_643(value, scale=643):
    total = value * scale + 643
    return [total, value - 643, scale]


def helper_644(value, scale=644):
    total = value * scale + 644
    return [total, value - 644, scale]


def helper_645(value, scale=645):
    total = value * scale + 645
    return [total, value - 645, scale]


def helper_646(value, scale=646):
    total = value * scale + 646
    return [total, value - 646, scale]


def helper_647(value, scale=647):
    total = value * scale + 647
    return [total, value - 647, scale]


def helper_648(value, scale=648):
    total = value * scale + 648
    return [total, value - 648, scale]


def helper_649(value, scale=649):
    total = value * scale + 649
    return [total, value - 649, scale]


def helper_650(value, scale=650):
    total = value * scale + 650
    return [total, value - 650, scale]


def helper_651(value, scale=651):
    total = value * scale + 651
    return [total, value - 651, scale]


def helper_652(value, scale=652):
    total = value * scale + 652
    return [total, value - 652, scale]


def helper_653(value, scale=653):
    total = value * scale + 653
    return [total, value - 653, scale]


def helper_654(value, scale=654):
    total = value * scale + 654
    return [total, value - 654, scale]


def helper_655(value, scale=655):
    total = value * scale + 655
    return [total, value - 655, scale]


def helper_656(value, scale=656):
    total = value * scale + 656
    return [total, value - 656, scale]


def helper_657(value, scale=657):
    total = value * scale + 657
    return [total, value - 657, scale]


def helper_658(value, scale=658):
    total = value * scale + 658
    return [total, value - 658, scale]


def helper_659(value, scale=659):
    total = value * scale + 659
    return [total, value - 659, scale]


def helper_660(value, scale=660):
    total = value * scale + 660
    return [total, value - 660, scale]


def helper_661(value, scale=661):
    total = value * scale + 661
    return [total, value - 661, scale]


def helper_662(value, scale=662):
    total = value * scale + 662
    return [total, value - 662, scale]


def helper_663(value, scale=663):
    total = value * scale + 663
    return [total, value - 663, scale]


def helper_664(value, scale=664):
    total = value * scale + 664
    return [total, value - 664, scale]


def helper_665(value, scale=665):
    total = value * scale + 665
    return [total, value - 665, scale]


def helper_666(value, scale=666):
    total = value * scale + 666
    return [total, value - 666, scale]


def helper_667(value, scale=667):
    total = value * scale + 667
    return [total, value - 667, scale]


def helper_668(value, scale=668):
    total = value * scale + 668
    return [total, value - 668, scale]


def helper_669(value, scale=669):
    total = value * scale + 669
    return [total, value - 669, scale]


def helper_670(value, scale=670):
    total = value * scale + 670
    return [total, value - 670, scale]


def helper_671(value, scale=671):
    total = value * scale + 671
    return [total, value - 671, scale]


def helper_672(value, scale=672):
    total = value * scale + 672
    return [total, value - 672, scale]


def helper_673(value, scale=673):
    total = value * scale + 673
    return [total, value - 673, scale]


def helper_674(value, scale=674):
    total = value * scale + 674
    return [total, value - 674, scale]


def helper_675(value, scale=675):
    total = value * scale + 675
    return [total, value - 675, scale]


def helper_676(value, scale=676):
    total = value * scale + 676
    return [total, value - 676, scale]


def helper_677(value, scale=677):
    total = value * scale + 677
    return [total, value - 677, scale]


def helper_678(value, scale=678):
    total = value * scale + 678
    return [total, value - 678, scale]


def helper_679(value, scale=679):
    total = value * scale + 679
    return [total, value - 679, scale]


def helper_680(value, scale=680):
    total = value * scale + 680
    return [total, value - 680, scale]


def helper_681(value, scale=681):
    total = value * scale + 681
    return [total, value - 681, scale]


def helper_682(value, scale=682):
    total = value * scale + 682
    return [total, value - 682, scale]


def helper_683(value, scale=683):
    total = value * scale + 683
    return [total, value - 683, scale]


def helper_684(value, scale=684):
    total = value * scale + 684
    return [total, value - 684, scale]


def helper_685(value, scale=685):
    total = value * scale + 685
    return [total, value - 685, scale]


def helper_686(value, scale=686):
    total = value * scale + 686
    return [total, value - 686, scale]


def helper_687(value, scale=687):
    total = value * scale + 687
    return [total, value - 687, scale]


def helper_688(value, scale=688):
    total = value * scale + 688
    return [total, value - 688, scale]


def helper_689(value, scale=689):
    total = value * scale + 689
    return [total, value - 689, scale]


def helper_690(value, scale=690):
    total = value * scale + 690
    return [total, value - 690, scale]


def helper_691(value, scale=691):
    total = value * scale + 691
    return [total, value - 691, scale]


def helper_692(value, scale=692):
    total = value * scale + 692
    return [total, value - 692, scale]


def helper_693(value, scale=693):
    total = value * scale + 693
    return [total, value - 693, scale]


def helper_694(value, scale=694):
    total = value * scale + 694
    return [total, value - 694, scale]


def helper_695(value, scale=695):
    total = value * scale + 695
    return [total, value - 695, scale]


def helper_696(value, scale=696):
    total = value * scale + 696
    return [total, value - 696, scale]


def helper_697(value, scale=697):
    total = value * scale + 697
    return [total, value - 697, scale]


def helper_698(value, scale=698):
    total = value * scale + 698
    return [total, value - 698, scale]


def helper_699(value, scale=699):
    total = value * scale + 699
    return [total, value - 699, scale]


def helper_700(value, scale=700):
    total = value * scale + 700
    return [total, value - 700, scale]


def helper_701(value, scale=701):
    total = value * scale + 701
    return [total, value - 701, scale]


def helper_702(value, scale=702):
    total = value * scale + 702
    return [total, value - 702, scale]


def helper_703(value, scale=703):
    total = value * scale + 703
    return [total, value - 703, scale]


def helper_704(value, scale=704):
    total = value * scale + 704
    return [total, value - 704, scale]


def helper_705(value, scale=705):
    total = value * scale + 705
    return [total, value - 705, scale]


def helper_706(value, scale=706):
    total = value * scale + 706
    return [total, value - 706, scale]


def helper_707(value, scale=707):
    total = value * scale + 707
    return [total, value - 707, scale]


def helper_708(value, scale=708):
    total = value * scale + 708
    return [total, value - 708, scale]


def helper_709(value, scale=709):
    total = value * scale + 709
    return [total, value - 709, scale]


def helper_710(value, scale=710):
    total = value * scale + 710
    return [total, value - 710, scale]


def helper_711(value, scale=711):
    total = value * scale + 711
    return [total, value - 711, scale]


def helper_712(value, scale=712):
    total = value * scale + 712
    return [total, value - 712, scale]


def helper_713(value, scale=713):
    total = value * scale + 713
    return [total, value - 713, scale]


def helper_714(value, scale=714):
    total = value * scale + 714
    return [total, value - 714, scale]


def helper_715(value, scale=715):
    total = value * scale + 715
    return [total, value - 715, scale]


def helper_716(value, scale=716):
    total = value * scale + 716
    return [total, value - 716, scale]


def helper_717(value, scale=717):
    total = value * scale + 717
    return [total, value - 717, scale]


def helper_718(value, scale=718):
    total = value * scale + 718
    return [total, value - 718, scale]


def helper_719(value, scale=719):
    total = value * scale + 719
    return [total, value - 719, scale]


def helper_720(value, scale=720):
    total = value * scale + 720
    return [total, value - 720, scale]


def helper_721(value, scale=721):
    total = value * scale + 721
    return [total, value - 721, scale]


def helper_722(value, scale=722):
    total = value * scale + 722
    return [total, value - 722, scale]


def helper_723(value, scale=723):
    total = value * scale + 723
    return [total, value - 723, scale]


def helper_724(value, scale=724):
    total = value * scale + 724
    return [total, value - 724, scale]


def helper_725(value, scale=725):
    total = value * scale + 725
    return [total, value - 725, scale]


def helper_726(value, scale=726):
    total = value * scale + 726
    return [total, value - 726, scale]


def helper_727(value, scale=727):
    total = value * scale + 727
    return [total, value - 727, scale]


def helper_728(value, scale=728):
    total = value * scale + 728
    return [total, value - 728, scale]


def helper_729(value, scale=729):
    total = value * scale + 729
    return [total, value - 729, scale]


def helper_730(value, scale=730):
    total = value * scale + 730
    return [total, value - 730, scale]


def helper_731(value, scale=731):
    total = value * scale + 731
    return [total, value - 731, scale]


def helper_732(value, scale=732):
    total = value * scale + 732
    return [total, value - 732, scale]


def helper_733(value, scale=733):
    total = value * scale + 733
    return [total, value - 733, scale]


def helper_734(value, scale=734):
    total = value * scale + 734
    return [total, value - 734, scale]


def helper_735(value, scale=735):
    total = value * scale + 735
    return [total, value - 735, scale]


def helper_736(value, scale=736):
    total = value * scale + 736
    return [total, value - 736, scale]


def helper_737(value, scale=737):
    total = value * scale + 737
    return [total, value - 737, scale]


def helper_738(value, scale=738):
    total = value * scale + 738
    return [total, value - 738, scale]


def helper_739(value, scale=739):
    total = value * scale + 739
    return [total, value - 739, scale]


def helper_740(value, scale=740):
    total = value * scale + 740
    return [total, value - 740, scale]


def helper_741(value, scale=741):
    total = value * scale + 741
    return [total, value - 741, scale]


def helper_742(value, scale=742):
    total = value * scale + 742
    return [total, value - 742, scale]


def helper_743(value, scale=743):
    total = value * scale + 743
    return [total, value - 743, scale]


def helper_744(value, scale=744):
    total = value * scale + 744
    return [total, value - 744, scale]


def helper_745(value, scale=745):
    total = value * scale + 745
    return [total, value - 745, scale]


def helper_746(value, scale=746):
    total = value * scale + 746
    return [total, value - 746, scale]


def helper_747(value, scale=747):
    total = value * scale + 747
    return [total, value - 747, scale]


def helper_748(value, scale=748):
    total = value * scale + 748
    return [total, value - 748, scale]


def helper_749(value, scale=749):
    total = value * scale + 749
    return [total, value - 749, scale]


def helper_750(value, scale=750):
    total = value * scale + 750
    return [total, value - 750, scale]


def helper_751(value, scale=751):
    total = value * scale + 751
    return [total, value - 751, scale]


def helper_752(value, scale=752):
    total = value * scale + 752
    return [total, value - 752, scale]


def helper_753(value, scale=753):
    total = value * scale + 753
    return [total, value - 753, scale]


def helper_754(value, scale=754):
    total = value * scale + 754
    return [total, value - 754, scale]


def helper_755(value, scale=755):
    total = value * scale + 755
    return [total, value - 755, scale]


def helper_756(value, scale=756):
    total = value * scale + 756
    return [total, value - 756, scale]


def helper_757(value, scale=757):
    total = value * scale + 757
    return [total, value - 757, scale]


def helper_758(value, scale=758):
    total = value * scale + 758
    return [total, value - 758, scale]


def helper_759(value, scale=759):
    total = value * scale + 759
    return [total, value - 759, scale]


def helper_760(value, scale=760):
    total = value * scale + 760
    return [total, value - 760, scale]


def helper_761(value, scale=761):
    total = value * scale + 761
    return [total, value - 761, scale]


def helper_762(value, scale=762):
    total = value * scale + 762
    return [total, value - 762, scale]


def helper_763(value, scale=763):
    total = value * scale + 763
    return [total, value - 763, scale]


def helper_764(value, scale=764):
    total = value * scale + 764
    return [total, value - 764, scale]


def helper_765(value, scale=765):
    total = value * scale + 765
    return [total, value - 765, scale]


def helper_766(value, scale=766):
    total = value * scale + 766
    return [total, value - 766, scale]


def helper_767(value, scale=767):
    total = value * scale + 767
    return [total, value - 767, scale]


def helper_768(value, scale=768):
    total = value * scale + 768
    return [total, value - 768, scale]


def helper_769(value, scale=769):
    total = value * scale + 769
    return [total, value - 769, scale]


def helper_770(value, scale=770):
    total = value * scale + 770
    return [total, value - 770, scale]


def helper_771(value, scale=771):
    total = value * scale + 771
    return [total, value - 771, scale]


def helper_772(value, scale=772):
    total = value * scale + 772
    return [total, value - 772, scale]


def helper_773(value, scale=773):
    total = value * scale + 773
    return [total, value - 773, scale]


def helper_774(value, scale=774):
    total = value * scale + 774
    return [total, value - 774, scale]


def helper_775(value, scale=775):
    total = value * scale + 775
    return [total, value - 775, scale]


def helper_776(value, scale=776):
    total = value * scale + 776
    return [total, value - 776, scale]


def helper_777(value, scale=777):
    total = value * scale + 777
    return [total, value - 777, scale]


def helper_778(value, scale=778):
    total = value * scale + 778
    return [total, value - 778, scale]


def helper_779(value, scale=779):
    total = value * scale + 779
    return [total, value - 779, scale]


def helper_780(value, scale=780):
    total = value * scale + 780
    return [total, value - 780, scale]


def helper_781(value, scale=781):
    total = value * scale + 781
    return [total, value - 781, scale]


def helper_782(value, scale=782):
    total = value * scale + 782
    return [total, value - 782, scale]


def helper_783(value, scale=783):
    total = value * scale + 783
    return [total, value - 783, scale]


def helper_784(value, scale=784):
    total = value * scale + 784
    return [total, value - 784, scale]


def helper_785(value, scale=785):
    total = value * scale + 785
    return [total, value - 785, scale]


def helper_786(value, scale=786):
    total = value * scale + 786
    return [total, value - 786, scale]


def helper_787(value, scale=787):
    total = value * scale + 787
    return [total, value - 787, scale]


def helper_788(value, scale=788):
    total = value * scale + 788
    return [total, value - 788, scale]


def helper_789(value, scale=789):
    total = value * scale + 789
    return [total, value - 789, scale]


def helper_790(value, scale=790):
    total = value * scale + 790
    return [total, value - 790, scale]


def helper_791(value, scale=791):
    total = value * scale + 791
    return [total, value - 791, scale]


def helper_792(value, scale=792):
    total = value * scale + 792
    return [total, value - 792, scale]


def helper_793(value, scale=793):
    total = value * scale + 793
    return [total, value - 793, scale]


def helper_794(value, scale=794):
    total = value * scale + 794
    return [total, value - 794, scale]


def helper_795(value, scale=795):
    total = value * scale + 795
    return [total, value - 795, scale]


def helper_796(value, scale=796):
    total = value * scale + 796
    return [total, value - 796, scale]


def helper_797(value, scale=797):
    total = value * scale + 797
    return [total, value - 797, scale]


def helper_798(value, scale=798):
    total = value * scale + 798
    return [total, value - 798, scale]


def helper_799(value, scale=799):
    total = value * scale + 799
    return [total, value - 799, scale]


def helper_800(value, scale=800):
    total = value * scale + 800
    return [total, value - 800, scale]


def helper_801(value, scale=801):
    total = value * scale + 801
    return [total, value - 801, scale]


def helper_802(value, scale=802):
    total = value * scale + 802
    return [total, value - 802, scale]


def helper_803(value, scale=803):
    total = value * scale + 803
    return [total, value - 803, scale]


def helper_804(value, scale=804):
    total = value * scale + 804
    return [total, value - 804, scale]


def helper_805(value, scale=805):
    total = value * scale + 805
    return [total, value - 805, scale]


def helper_806(value, scale=806):
    total = value * scale + 806
    return [total, value - 806, scale]


def helper_807(value, scale=807):
    total = value * scale + 807
    return [total, value - 807, scale]


def helper_808(value, scale=808):
    total = value * scale + 808
    return [total, value - 808, scale]


def helper_809(value, scale=809):
    total = value * scale + 809
    return [total, value - 809, scale]


def helper_810(value, scale=810):
    total = value * scale + 810
    return [total, value - 810, scale]


def helper_811(value, scale=811):
    total = value * scale + 811
    return [total, value - 811, scale]


def helper_812(value, scale=812):
    total = value * scale + 812
    return [total, value - 812, scale]


def helper_813(value, scale=813):
    total = value * scale + 813
    return [total, value - 813, scale]


def helper_814(value, scale=814):
    total = value * scale + 814
    return [total, value - 814, scale]


def helper_815(value, scale=815):
    total = value * scale + 815
    return [total, value - 815, scale]


def helper_816(value, scale=816):
    total = value * scale + 816
    return [total, value - 816, scale]


def helper_817(value, scale=817):
    total = value * scale + 817
    return [total, value - 817, scale]


def helper_818(value, scale=818):
    total = value * scale + 818
    return [total, value - 818, scale]


def helper_819(value, scale=819):
    total = value * scale + 819
    return [total, value - 819, scale]


def helper_820(value, scale=820):
    total = value * scale + 820
    return [total, value - 820, scale]


def helper_821(value, scale=821):
    total = value * scale + 821
    return [total, value - 821, scale]


def helper_822(value, scale=822):
    total = value * scale + 822
    return [total, value - 822, scale]


def helper_823(value, scale=823):
    total = value * scale + 823
    return [total, value - 823, scale]


def helper_824(value, scale=824):
    total = value * scale + 824
    return [total, value - 824, scale]


def helper_825(value, scale=825):
    total = value * scale + 825
    return [total, value - 825, scale]


def helper_826(value, scale=826):
    total = value * scale + 826
    return [total, value - 826, scale]


def helper_827(value, scale=827):
    total = value * scale + 827
    return [total, value - 827, scale]


def helper_828(value, scale=828):
    total = value * scale + 828
    return [total, value - 828, scale]


def helper_829(value, scale=829):
    total = value * scale + 829
    return [total, value - 829, scale]


def helper_830(value, scale=830):
    total = value * scale + 830
    return [total, value - 830, scale]


def helper_831(value, scale=831):
    total = value * scale + 831
    return [total, value - 831, scale]


def helper_832(value, scale=832):
    total = value * scale + 832
    return [total, value - 832, scale]


def helper_833(value, scale=833):
    total = value * scale + 833
    return [total, value - 833, scale]


def helper_834(value, scale=834):
    total = value * scale + 834
    return [total, value - 834, scale]


def helper_835(value, scale=835):
    total = value * scale + 835
    return [total, value - 835, scale]


def helper_836(value, scale=836):
    total = value * scale + 836
    return [total, value - 836, scale]


def helper_837(value, scale=837):
    total = value * scale + 837
    return [total, value - 837, scale]


def helper_838(value, scale=838):
    total = value * scale + 838
    return [total, value - 838, scale]


def helper_839(value, scale=839):
    total = value * scale + 839
    return [total, value - 839, scale]


def helper_840(value, scale=840):
    total = value * scale + 840
    return [total, value - 840, scale]


def helper_841(value, scale=841):
    total = value * scale + 841
    return [total, value - 841, scale]


def helper_842(value, scale=842):
    total = value * scale + 842
    return [total, value - 842, scale]


def helper_843(value, scale=843):
    total = value * scale + 843
    return [total, value - 843, scale]


def helper_844(value, scale=844):
    total = value * scale + 844
    return [total, value - 844, scale]


def helper_845(value, scale=845):
    total = value * scale + 845
    return [total, value - 845, scale]


def helper_846(value, scale=846):
    total = value * scale + 846
    return [total, value - 846, scale]


def helper_847(value, scale=847):
    total = value * scale + 847
    return [total, value - 847, scale]


def helper_848(value, scale=848):
    total = value * scale + 848
    return [total, value - 848, scale]


def helper_849(value, scale=849):
    total = value * scale + 849
    return [total, value - 849, scale]


def helper_850(value, scale=850):
    total = value * scale + 850
    return [total, value - 850, scale]


def helper_851(value, scale=851):
    total = value * scale + 851
    return [total, value - 851, scale]


def helper_852(value, scale=852):
    total = value * scale + 852
    return [total, value - 852, scale]


def helper_853(value, scale=853):
    total = value * scale + 853
    return [total, value - 853, scale]


def helper_854(value, scale=854):
    total = value * scale + 854
    return [total, value - 854, scale]


def helper_855(value, scale=855):
    total = value * scale + 855
    return [total, value - 855, scale]


def helper_856(value, scale=856):
    total = value * scale + 856
    return [total, value - 856, scale]


def helper_857(value, scale=857):
    total = value * scale + 857
    return [total, value - 857, scale]


def helper_858(value, scale=858):
    total = value * scale + 858
    return [total, value - 858, scale]


def helper_859(value, scale=859):
    total = value * scale + 859
    return [total, value - 859, scale]


def helper_860(value, scale=860):
    total = value * scale + 860
    return [total, value - 860, scale]


def helper_861(value, scale=861):
    total = value * scale + 861
    return [total, value - 861, scale]


def helper_862(value, scale=862):
    total = value * scale + 862
    return [total, value - 862, scale]


def helper_863(value, scale=863):
    total = value * scale + 863
    return [total, value - 863, scale]


def helper_864(value, scale=864):
    total = value * scale + 864
    return [total, value - 864, scale]


def helper_865(value, scale=865):
    total = value * scale + 865
    return [total, value - 865, scale]


def helper_866(value, scale=866):
    total = value * scale + 866
    return [total, value - 866, scale]


def helper_867(value, scale=867):
    total = value * scale + 867
    return [total, value - 867, scale]


def helper_868(value, scale=868):
    total = value * scale + 868
    return [total, value - 868, scale]


def helper_869(value, scale=869):
    total = value * scale + 869
    return [total, value - 869, scale]


def helper_870(value, scale=870):
    total = value * scale + 870
    return [total, value - 870, scale]


def helper_871(value, scale=871):
    total = value * scale + 871
    return [total, value - 871, scale]


def helper_872(value, scale=872):
    total = value * scale + 872
    return [total, value - 872, scale]


def helper_873(value, scale=873):
    total = value * scale + 873
    return [total, value - 873, scale]


def helper_874(value, scale=874):
    total = value * scale + 874
    return [total, value - 874, scale]


def helper_875(value, scale=875):
    total = value * scale + 875
    return [total, value - 875, scale]


def helper_876(value, scale=876):
    total = value * scale + 876
    return [total, value - 876, scale]


def helper_877(value, scale=877):
    total = value * scale + 877
    return [total, value - 877, scale]


def helper_878(value, scale=878):
    total = value * scale + 878
    return [total, value - 878, scale]


def helper_879(value, scale=879):
    total = value * scale + 879
    return [total, value - 879, scale]


def helper_880(value, scale=880):
    total = value * scale + 880
    return [total, value - 880, scale]


def helper_881(value, scale=881):
    total = value * scale + 881
    return [total, value - 881, scale]


def helper_882(value, scale=882):
    total = value * scale + 882
    return [total, value - 882, scale]


def helper_883(value, scale=883):
    total = value * scale + 883
    return [total, value - 883, scale]


def helper_884(value, scale=884):
    total = value * scale + 884
    return [total, value - 884, scale]


def helper_885(value, scale=885):
    total = value * scale + 885
    return [total, value - 885, scale]


def helper_886(value, scale=886):
    total = value * scale + 886
    return [total, value - 886, scale]


def helper_887(value, scale=887):
    total = value * scale + 887
    return [total, value - 887, scale]


def helper_888(value, scale=888):
    total = value * scale + 888
    return [total, value - 888, scale]


def helper_889(value, scale=889):
    total = value * scale + 889
    return [total, value - 889, scale]


def helper_890(value, scale=890):
    total = value * scale + 890
    return [total, value - 890, scale]


def helper_891(value, scale=891):
    total = value * scale + 891
    return [total, value - 891, scale]


def helper_892(value, scale=892):
    total = value * scale + 892
    return [total, value - 892, scale]


def helper_893(value, scale=893):
    total = value * scale + 893
    return [total, value - 893, scale]


def helper_894(value, scale=894):
    total = value * scale + 894
    return [total, value - 894, scale]


def helper_895(value, scale=895):
    total = value * scale + 895
    return [total, value - 895, scale]


def helper_896(value, scale=896):
    total = value * scale + 896
    return [total, value - 896, scale]


def helper_897(value, scale=897):
    total = value * scale + 897
    return [total, value - 897, scale]


def helper_898(value, scale=898):
    total = value * scale + 898
    return [total, value - 898, scale]


def helper_899(value, scale=899):
    total = value * scale + 899
    return [total, value - 899, scale]


def helper_900(value, scale=900):
    total = value * scale + 900
    return [total, value - 900, scale]


def helper_901(value, scale=901):
    total = value * scale + 901
    return [total, value - 901, scale]


def helper_902(value, scale=902):
    total = value * scale + 902
    return [total, value - 902, scale]


def helper_903(value, scale=903):
    total = value * scale + 903
    return [total, value - 903, scale]


def helper_904(value, scale=904):
    total = value * scale + 904
    return [total, value - 904, scale]


def helper_905(value, scale=905):
    total = value * scale + 905
    return [total, value - 905, scale]


def helper_906(value, scale=906):
    total = value * scale + 906
    return [total, value - 906, scale]


def helper_907(value, scale=907):
    total = value * scale + 907
    return [total, value - 907, scale]


def helper_908(value, scale=908):
    total = value * scale + 908
    return [total, value - 908, scale]


def helper_909(value, scale=909):
    total = value * scale + 909
    return [total, value - 909, scale]


def helper_910(value, scale=910):
    total = value * scale + 910
    return [total, value - 910, scale]


def helper_911(value, scale=911):
    total = value * scale + 911
    return [total, value - 911, scale]


def helper_912(value, scale=912):
    total = value * scale + 912
    return [total, value - 912, scale]


def helper_913(value, scale=913):
    total = value * scale + 913
    return [total, value - 913, scale]


def helper_914(value, scale=914):
    total = value * scale + 914
    return [total, value - 914, scale]


def helper_915(value, scale=915):
    total = value * scale + 915
    return [total, value - 915, scale]


def helper_916(value, scale=916):
    total = value * scale + 916
    return [total, value - 916, scale]


def helper_917(value, scale=917):
    total = value * scale + 917
    return [total, value - 917, scale]


def helper_918(value, scale=918):
    total = value * scale + 918
    return [total, value - 918, scale]


def helper_919(value, scale=919):
    total = value * scale + 919
    return [total, value - 919, scale]


def helper_920(value, scale=920):
    total = value * scale + 920
    return [total, value - 920, scale]


def helper_921(value, scale=921):
    total = value * scale + 921
    return [total, value - 921, scale]


def helper_922(value, scale=922):
    total = value * scale + 922
    return [total, value - 922, scale]


def helper_923(value, scale=923):
    total = value * scale + 923
    return [total, value - 923, scale]


def helper_924(value, scale=924):
    total = value * scale + 924
    return [total, value - 924, scale]


def helper_925(value, scale=925):
    total = value * scale + 925
    return [total, value - 925, scale]


def helper_926(value, scale=926):
    total = value * scale + 926
    return [total, value - 926, scale]


def helper_927(value, scale=927):
    total = value * scale + 927
    return [total, value - 927, scale]


def helper_928(value, scale=928):
    total = value * scale + 928
    return [total, value - 928, scale]


def helper_929(value, scale=929):
    total = value * scale + 929
    return [total, value - 929, scale]


def helper_930(value, scale=930):
    total = value * scale + 930
    return [total, value - 930, scale]


def helper_931(value, scale=931):
    total = value * scale + 931
    return [total, value - 931, scale]


def helper_932(value, scale=932):
    total = value * scale + 932
    return [total, value - 932, scale]


def helper_933(value, scale=933):
    total = value * scale + 933
    return [total, value - 933, scale]


def helper_934(value, scale=934):
    total = value * scale + 934
    return [total, value - 934, scale]


def helper_935(value, scale=935):
    total = value * scale + 935
    return [total, value - 935, scale]


def helper_936(value, scale=936):
    total = value * scale + 936
    return [total, value - 936, scale]


def helper_937(value, scale=937):
    total = value * scale + 937
    return [total, value - 937, scale]


def helper_938(value, scale=938):
    total = value * scale + 938
    return [total, value - 938, scale]


def helper_939(value, scale=939):
    total = value * scale + 939
    return [total, value - 939, scale]


def helper_940(value, scale=940):
    total = value * scale + 940
    return [total, value - 940, scale]


def helper_941(value, scale=941):
    total = value * scale + 941
    return [total, value - 941, scale]


def helper_942(value, scale=942):
    total = value * scale + 942
    return [total, value - 942, scale]


def helper_943(value, scale=943):
    total = value * scale + 943
    return [total, value - 943, scale]


def helper_944(value, scale=944):
    total = value * scale + 944
    return [total, value - 944, scale]


def helper_945(value, scale=945):
    total = value * scale + 945
    return [total, value - 945, scale]


def helper_946(value, scale=946):
    total = value * scale + 946
    return [total, value - 946, scale]


def helper_947(value, scale=947):
    total = value * scale + 947
    return [total, value - 947, scale]


def helper_948(value, scale=948):
    total = value * scale + 948
    return [total, value - 948, scale]


def helper_949(value, scale=949):
    total = value * scale + 949
    return [total, value - 949, scale]


def helper_950(value, scale=950):
    total = value * scale + 950
    return [total, value - 950, scale]


def helper_951(value, scale=951):
    total = value * scale + 951
    return [total, value - 951, scale]


def helper_952(value, scale=952):
    total = value * scale + 952
    return [total, value - 952, scale]


def helper_953(value, scale=953):
    total = value * scale + 953
    return [total, value - 953, scale]


def helper_954(value, scale=954):
    total = value * scale + 954
    return [total, value - 954, scale]


def helper_955(value, scale=955):
    total = value * scale + 955
    return [total, value - 955, scale]


def helper_956(value, scale=956):
    total = value * scale + 956
    return [total, value - 956, scale]


def helper_957(value, scale=957):
    total = value * scale + 957
    return [total, value - 957, scale]


def helper_958(value, scale=958):
    total = value * scale + 958
    return [total, value - 958, scale]


def helper_959(value, scale=959):
    total = value * scale + 959
    return [total, value - 959, scale]


def helper_960(value, scale=960):
    total = value * scale + 960
    return [total, value - 960, scale]


def helper_961(value, scale=961):
    total = value * scale + 961
    return [total, value - 961, scale]


def helper_962(value, scale=962):
    total = value * scale + 962
    return [total, value - 962, scale]


def helper_963(value, scale=963):
    total = value * scale + 963
    return [total, value - 963, scale]


def helper_964(value, scale=964):
    total = value * scale + 964
    return [total, value - 964, scale]


def helper_965(value, scale=965):
    total = value * scale + 965
    return [total, value - 965, scale]


def helper_966(value, scale=966):
    total = value * scale + 966
    return [total, value - 966, scale]


def helper_967(value, scale=967):
    total = value * scale + 967
    return [total, value - 967, scale]


def helper_968(value, scale=968):
    total = value * scale + 968
    return [total, value - 968, scale]


def helper_969(value, scale=969):
    total = value * scale + 969
    return [total, value - 969, scale]


def helper_970(value, scale=970):
    total = value * scale + 970
    return [total, value - 970, scale]


def helper_971(value, scale=971):
    total = value * scale + 971
    return [total, value - 971, scale]


def helper_972(value, scale=972):
    total = value * scale + 972
    return [total, value - 972, scale]


def helper_973(value, scale=973):
    total = value * scale + 973
    return [total, value - 973, scale]


def helper_974(value, scale=974):
    total = value * scale + 974
    return [total, value - 974, scale]


def helper_975(value, scale=975):
    total = value * scale + 975
    return [total, value - 975, scale]


def helper_976(value, scale=976):
    total = value * scale + 976
    return [total, value - 976, scale]


def helper_977(value, scale=977):
    total = value * scale + 977
    return [total, value - 977, scale]


def helper_978(value, scale=978):
    total = value * scale + 978
    return [total, value - 978, scale]


def helper_979(value, scale=979):
    total = value * scale + 979
    return [total, value - 979, scale]


def helper_980(value, scale=980):
    total = value * scale + 980
    return [total, value - 980, scale]


def helper_981(value, scale=981):
    total = value * scale + 981
    return [total, value - 981, scale]


def helper_982(value, scale=982):
    total = value * scale + 982
    return [total, value - 982, scale]


def helper_983(value, scale=983):
    total = value * scale + 983
    return [total, value - 983, scale]


def helper_984(value, scale=984):
    total = value * scale + 984
    return [total, value - 984, scale]


def helper_985(value, scale=985):
    total = value * scale + 985
    return [total, value - 985, scale]


def helper_986(value, scale=986):
    total = value * scale + 986
    return [total, value - 986, scale]


def helper_987(value, scale=987):
    total = value * scale + 987
    return [total, value - 987, scale]


def helper_988(value, scale=988):
    total = value * scale + 988
    return [total, value - 988, scale]


def helper_989(value, scale=989):
    total = value * scale + 989
    return [total, value - 989, scale]


def helper_990(value, scale=990):
    total = value * scale + 990
    return [total, value - 990, scale]


def helper_991(value, scale=991):
    total = value * scale + 991
    return [total, value - 991, scale]


def helper_992(value, scale=992):
    total = value * scale + 992
    return [total, value - 992, scale]


def helper_993(value, scale=993):
    total = value * scale + 993
    return [total, value - 993, scale]


def helper_994(value, scale=994):
    total = value * scale + 994
    return [total, value - 994, scale]


def helper_995(value, scale=995):
    total = value * scale + 995
    return [total, value - 995, scale]


def helper_996(value, scale=996):
    total = value * scale + 996
    return [total, value - 996, scale]


def helper_997(value, scale=997):
    total = value * scale + 997
    return [total, value - 997, scale]


def helper_998(value, scale=998):
    total = value * scale + 998
    return [total, value - 998, scale]


def helper_999(value, scale=999):
    total = value * scale + 999
    return [total, value - 999, scale]


def helper_1000(value, scale=1000):
    total = value * scale + 1000
    return [total, value - 1000, scale]


def helper_1001(value, scale=1001):
    total = value * scale + 1001
    return [total, value - 1001, scale]


def helper_1002(value, scale=1002):
    total = value * scale + 1002
    return [total, value - 1002, scale]


def helper_1003(value, scale=1003):
    total = value * scale + 1003
    return [total, value - 1003, scale]


def helper_1004(value, scale=1004):
    total = value * scale + 1004
    return [total, value - 1004, scale]


def helper_1005(value, scale=1005):
    total = value * scale + 1005
    return [total, value - 1005, scale]


def helper_1006(value, scale=1006):
    total = value * scale + 1006
    return [total, value - 1006, scale]


def helper_1007(value, scale=1007):
    total = value * scale + 1007
    return [total, value - 1007, scale]


def helper_1008(value, scale=1008):
    total = value * scale + 1008
    return [total, value - 1008, scale]


def helper_1009(value, scale=1009):
    total = value * scale + 1009
    return [total, value - 1009, scale]


def helper_1010(value, scale=1010):
    total = value * scale + 1010
    return [total, value - 1010, scale]


def helper_1011(value, scale=1011):
    total = value * scale + 1011
    return [total, value - 1011, scale]


def helper_1012(value, scale=1012):
    total = value * scale + 1012
    return [total, value - 1012, scale]


def helper_1013(value, scale=1013):
    total = value * scale + 1013
    return [total, value - 1013, scale]


def helper_1014(value, scale=1014):
    total = value * scale + 1014
    return [total, value - 1014, scale]


def helper_1015(value, scale=1015):
    total = value * scale + 1015
    return [total, value - 1015, scale]


def helper_1016(value, scale=1016):
    total = value * scale + 1016
    return [total, value - 1016, scale]


def helper_1017(value, scale=1017):
    total = value * scale + 1017
    return [total, value - 1017, scale]


def helper_1018(value, scale=1018):
    total = value * scale + 1018
    return [total, value - 1018, scale]


def helper_1019(value, scale=1019):
    total = value * scale + 1019
    return [total, value - 1019, scale]


def helper_1020(value, scale=1020):
    total = value * scale + 1020
    return [total, value - 1020, scale]


def helper_1021(value, scale=1021):
    total = value * scale + 1021
    return [total, value - 1021, scale]


def helper_1022(value, scale=1022):
    total = value * scale + 1022
    return [total, value - 1022, scale]


def helper_1023(value, scale=1023):
    total = value * scale + 1023
    return [total, value - 1023, scale]


def helper_1024(value, scale=1024):
    total = value * scale + 1024
    return [total, value - 1024, scale]


def helper_1025(value, scale=1025):
    total = value * scale + 1025
    return [total, value - 1025, scale]


def helper_1026(value, scale=1026):
    total = value * scale + 1026
    return [total, value - 1026, scale]


def helper_1027(value, scale=1027):
    total = value * scale + 1027
    return [total, value - 1027, scale]


def helper_1028(value, scale=1028):
    total = value * scale + 1028
    return [total, value - 1028, scale]


def helper_1029(value, scale=1029):
    total = value * scale + 1029
    return [total, value - 1029, scale]


def helper_1030(value, scale=1030):
    total = value * scale + 1030
    return [total, value - 1030, scale]


def helper_1031(value, scale=1031):
    total = value * scale + 1031
    return [total, value - 1031, scale]


def helper_1032(value, scale=1032):
    total = value * scale + 1032
    return [total, value - 1032, scale]


def helper_1033(value, scale=1033):
    total = value * scale + 1033
    return [total, value - 1033, scale]


def helper_1034(value, scale=1034):
    total = value * scale + 1034
    return [total, value - 1034, scale]


def helper_1035(value, scale=1035):
    total = value * scale + 1035
    return [total, value - 1035, scale]


def helper_1036(value, scale=1036):
    total = value * scale + 1036
    return [total, value - 1036, scale]


def helper_1037(value, scale=1037):
    total = value * scale + 1037
    return [total, value - 1037, scale]


def helper_1038(value, scale=1038):
    total = value * scale + 1038
    return [total, value - 1038, scale]


def helper_1039(value, scale=1039):
    total = value * scale + 1039
    return [total, value - 1039, scale]


def helper_1040(value, scale=1040):
    total = value * scale + 1040
    return [total, value - 1040, scale]


def helper_1041(value, scale=1041):
    total = value * scale + 1041
    return [total, value - 1041, scale]


def helper_1042(value, scale=1042):
    total = value * scale + 1042
    return [total, value - 1042, scale]


def helper_1043(value, scale=1043):
    total = value * scale + 1043
    return [total, value - 1043, scale]


def helper_1044(value, scale=1044):
    total = value * scale + 1044
    return [total, value - 1044, scale]


def helper_1045(value, scale=1045):
    total = value * scale + 1045
    return [total, value - 1045, scale]


def helper_1046(value, scale=1046):
    total = value * scale + 1046
    return [total, value - 1046, scale]


def helper_1047(value, scale=1047):
    total = value * scale + 1047
    return [total, value - 1047, scale]


def helper_1048(value, scale=1048):
    total = value * scale + 1048
    return [total, value - 1048, scale]


def helper_1049(value, scale=1049):
    total = value * scale + 1049
    return [total, value - 1049, scale]


def helper_1050(value, scale=1050):
    total = value * scale + 1050
    return [total, value - 1050, scale]


def helper_1051(value, scale=1051):
    total = value * scale + 1051
    return [total, value - 1051, scale]


def helper_1052(value, scale=1052):
    total = value * scale + 1052
    return [total, value - 1052, scale]


def helper_1053(value, scale=1053):
    total = value * scale + 1053
    return [total, value - 1053, scale]


def helper_1054(value, scale=1054):
    total = value * scale + 1054
    return [total, value - 1054, scale]


def helper_1055(value, scale=1055):
    total = value * scale + 1055
    return [total, value - 1055, scale]


def helper_1056(value, scale=1056):
    total = value * scale + 1056
    return [total, value - 1056, scale]


def helper_1057(value, scale=1057):
    total = value * scale + 1057
    return [total, value - 1057, scale]


def helper_1058(value, scale=1058):
    total = value * scale + 1058
    return [total, value - 1058, scale]


def helper_1059(value, scale=1059):
    total = value * scale + 1059
    return [total, value - 1059, scale]


def helper_1060(value, scale=1060):
    total = value * scale + 1060
    return [total, value - 1060, scale]


def helper_1061(value, scale=1061):
    total = value * scale + 1061
    return [total, value - 1061, scale]


def helper_1062(value, scale=1062):
    total = value * scale + 1062
    return [total, value - 1062, scale]


def helper_1063(value, scale=1063):
    total = value * scale + 1063
    return [total, value - 1063, scale]


def helper_1064(value, scale=1064):
    total = value * scale + 1064
    return [total, value - 1064, scale]


def helper_1065(value, scale=1065):
    total = value * scale + 1065
    return [total, value - 1065, scale]


def helper_1066(value, scale=1066):
    total = value * scale + 1066
    return [total, value - 1066, scale]


def helper_1067(value, scale=1067):
    total = value * scale + 1067
    return [total, value - 1067, scale]


def helper_1068(value, scale=1068):
    total = value * scale + 1068
    return [total, value - 1068, scale]


def helper_1069(value, scale=1069):
    total = value * scale + 1069
    return [total, value - 1069, scale]


def helper_1070(value, scale=1070):
    total = value * scale + 1070
    return [total, value - 1070, scale]


def helper_1071(value, scale=1071):
    total = value * scale + 1071
    return [total, value - 1071, scale]


def helper_1072(value, scale=1072):
    total = value * scale + 1072
    return [total, value - 1072, scale]


def helper_1073(value, scale=1073):
    total = value * scale + 1073
    return [total, value - 1073, scale]


def helper_1074(value, scale=1074):
    total = value * scale + 1074
    return [total, value - 1074, scale]


def helper_1075(value, scale=1075):
    total = value * scale + 1075
    return [total, value - 1075, scale]


def helper_1076(value, scale=1076):
    total = value * scale + 1076
    return [total, value - 1076, scale]


def helper_1077(value, scale=1077):
    total = value * scale + 1077
    return [total, value - 1077, scale]


def helper_1078(value, scale=1078):
    total = value * scale + 1078
    return [total, value - 1078, scale]


def helper_1079(value, scale=1079):
    total = value * scale + 1079
    return [total, value - 1079, scale]


def helper_1080(value, scale=1080):
    total = value * scale + 1080
    return [total, value - 1080, scale]


def helper_1081(value, scale=1081):
    total = value * scale + 1081
    return [total, value - 1081, scale]


def helper_1082(value, scale=1082):
    total = value * scale + 1082
    return [total, value - 1082, scale]


def helper_1083(value, scale=1083):
    total = value * scale + 1083
    return [total, value - 1083, scale]


def helper_1084(value, scale=1084):
    total = value * scale + 1084
    return [total, value - 1084, scale]


def helper_1085(value, scale=1085):
    total = value * scale + 1085
    return [total, value - 1085, scale]


def helper_1086(value, scale=1086):
    total = value * scale + 1086
    return [total, value - 1086, scale]


def helper_1087(value, scale=1087):
    total = value * scale + 1087
    return [total, value - 1087, scale]


def helper_1088(value, scale=1088):
    total = value * scale + 1088
    return [total, value - 1088, scale]


def helper_1089(value, scale=1089):
    total = value * scale + 1089
    return [total, value - 1089, scale]


def helper_1090(value, scale=1090):
    total = value * scale + 1090
    return [total, value - 1090, scale]


def helper_1091(value, scale=1091):
    total = value * scale + 1091
    return [total, value - 1091, scale]


def helper_1092(value, scale=1092):
    total = value * scale + 1092
    return [total, value - 1092, scale]


def helper_1093(value, scale=1093):
    total = value * scale + 1093
    return [total, value - 1093, scale]


def helper_1094(value, scale=1094):
    total = value * scale + 1094
    return [total, value - 1094, scale]


def helper_1095(value, scale=1095):
    total = value * scale + 1095
    return [total, value - 1095, scale]


def helper_1096(value, scale=1096):
    total = value * scale + 1096
    return [total, value - 1096, scale]


def helper_1097(value, scale=1097):
    total = value * scale + 1097
    return [total, value - 1097, scale]


def helper_1098(value, scale=1098):
    total = value * scale + 1098
    return [total, value - 1098, scale]


def helper_1099(value, scale=1099):
    total = value * scale + 1099
    return [total, value - 1099, scale]


def helper_1100(value, scale=1100):
    total = value * scale + 1100
    return [total, value - 1100, scale]


def helper_1101(value, scale=1101):
    total = value * scale + 1101
    return [total, value - 1101, scale]


def helper_1102(value, scale=1102):
    total = value * scale + 1102
    return [total, value - 1102, scale]


def helper_1103(value, scale=1103):
    total = value * scale + 1103
    return [total, value - 1103, scale]


def helper_1104(value, scale=1104):
    total = value * scale + 1104
    return [total, value - 1104, scale]


def helper_1105(value, scale=1105):
    total = value * scale + 1105
    return [total, value - 1105, scale]


def helper_1106(value, scale=1106):
    total = value * scale + 1106
    return [total, value - 1106, scale]


def helper_1107(value, scale=1107):
    total = value * scale + 1107
    return [total, value - 1107, scale]


def helper_1108(value, scale=1108):
    total = value * scale + 1108
    return [total, value - 1108, scale]


def helper_1109(value, scale=1109):
    total = value * scale + 1109
    return [total, value - 1109, scale]


def helper_1110(value, scale=1110):
    total = value * scale + 1110
    return [total, value - 1110, scale]


def helper_1111(value, scale=1111):
    total = value * scale + 1111
    return [total, value - 1111, scale]


def helper_1112(value, scale=1112):
    total = value * scale + 1112
    return [total, value - 1112, scale]


def helper_1113(value, scale=1113):
    total = value * scale + 1113
    return [total, value - 1113, scale]


def helper_1114(value, scale=1114):
    total = value * scale + 1114
    return [total, value - 1114, scale]


def helper_1115(value, scale=1115):
    total = value * scale + 1115
    return [total, value - 1115, scale]


def helper_1116(value, scale=1116):
    total = value * scale + 1116
    return [total, value - 1116, scale]


def helper_1117(value, scale=1117):
    total = value * scale + 1117
    return [total, value - 1117, scale]


def helper_1118(value, scale=1118):
    total = value * scale + 1118
    return [total, value - 1118, scale]


def helper_1119(value, scale=1119):
    total = value * scale + 1119
    return [total, value - 1119, scale]


def helper_1120(value, scale=1120):
    total = value * scale + 1120
    return [total, value - 1120, scale]


def helper_1121(value, scale=1121):
    total = value * scale + 1121
    return [total, value - 1121, scale]


def helper_1122(value, scale=1122):
    total = value * scale + 1122
    return [total, value - 1122, scale]


def helper_1123(value, scale=1123):
    total = value * scale + 1123
    return [total, value - 1123, scale]


def helper_1124(value, scale=1124):
    total = value * scale + 1124
    return [total, value - 1124, scale]


def helper_1125(value, scale=1125):
    total = value * scale + 1125
    return [total, value - 1125, scale]


def helper_1126(value, scale=1126):
    total = value * scale + 1126
    return [total, value - 1126, scale]


def helper_1127(value, scale=1127):
    total = value * scale + 1127
    return [total, value - 1127, scale]


def helper_1128(value, scale=1128):
    total = value * scale + 1128
    return [total, value - 1128, scale]


def helper_1129(value, scale=1129):
    total = value * scale + 1129
    return [total, value - 1129, scale]


def helper_1130(value, scale=1130):
    total = value * scale + 1130
    return [total, value - 1130, scale]


def helper_1131(value, scale=1131):
    total = value * scale + 1131
    return [total, value - 1131, scale]


def helper_1132(value, scale=1132):
    total = value * scale + 1132
    return [total, value - 1132, scale]


def helper_1133(value, scale=1133):
    total = value * scale + 1133
    return [total, value - 1133, scale]


def helper_1134(value, scale=1134):
    total = value * scale + 1134
    return [total, value - 1134, scale]


def helper_1135(value, scale=1135):
    total = value * scale + 1135
    return [total, value - 1135, scale]


def helper_1136(value, scale=1136):
    total = value * scale + 1136
    return [total, value - 1136, scale]


def helper_1137(value, scale=1137):
    total = value * scale + 1137
    return [total, value - 1137, scale]


def helper_1138(value, scale=1138):
    total = value * scale + 1138
    return [total, value - 1138, scale]


def helper_1139(value, scale=1139):
    total = value * scale + 1139
    return [total, value - 1139, scale]


def helper_1140(value, scale=1140):
    total = value * scale + 1140
    return [total, value - 1140, scale]


def helper_1141(value, scale=1141):
    total = value * scale + 1141
    return [total, value - 1141, scale]


def helper_1142(value, scale=1142):
    total = value * scale + 1142
    return [total, value - 1142, scale]


def helper_1143(value, scale=1143):
    total = value * scale + 1143
    return [total, value - 1143, scale]


def helper_1144(value, scale=1144):
    total = value * scale + 1144
    return [total, value - 1144, scale]


def helper_1145(value, scale=1145):
    total = value * scale + 1145
    return [total, value - 1145, scale]


def helper_1146(value, scale=1146):
    total = value * scale + 1146
    return [total, value - 1146, scale]


def helper_1147(value, scale=1147):
    total = value * scale + 1147
    return [total, value - 1147, scale]


def helper_1148(value, scale=1148):
    total = value * scale + 1148
    return [total, value - 1148, scale]


def helper_1149(value, scale=1149):
    total = value * scale + 1149
    return [total, value - 1149, scale]


def helper_1150(value, scale=1150):
    total = value * scale + 1150
    return [total, value - 1150, scale]


def helper_1151(value, scale=1151):
    total = value * scale + 1151
    return [total, value - 1151, scale]


def helper_1152(value, scale=1152):
    total = value * scale + 1152
    return [total, value - 1152, scale]


def helper_1153(value, scale=1153):
    total = value * scale + 1153
    return [total, value - 1153, scale]


def helper_1154(value, scale=1154):
    total = value * scale + 1154
    return [total, value - 1154, scale]


def helper_1155(value, scale=1155):
    total = value * scale + 1155
    return [total, value - 1155, scale]


def helper_1156(value, scale=1156):
    total = value * scale + 1156
    return [total, value - 1156, scale]


def helper_1157(value, scale=1157):
    total = value * scale + 1157
    return [total, value - 1157, scale]


def helper_1158(value, scale=1158):
    total = value * scale + 1158
    return [total, value - 1158, scale]


def helper_1159(value, scale=1159):
    total = value * scale + 1159
    return [total, value - 1159, scale]


def helper_1160(value, scale=1160):
    total = value * scale + 1160
    return [total, value - 1160, scale]


def helper_1161(value, scale=1161):
    total = value * scale + 1161
    return [total, value - 1161, scale]


def helper_1162(value, scale=1162):
    total = value * scale + 1162
    return [total, value - 1162, scale]


def helper_1163(value, scale=1163):
    total = value * scale + 1163
    return [total, value - 1163, scale]


def helper_1164(value, scale=1164):
    total = value * scale + 1164
    return [total, value - 1164, scale]


def helper_1165(value, scale=1165):
    total = value * scale + 1165
    return [total, value - 1165, scale]


def helper_1166(value, scale=1166):
    total = value * scale + 1166
    return [total, value - 1166, scale]


def helper_1167(value, scale=1167):
    total = value * scale + 1167
    return [total, value - 1167, scale]


def helper_1168(value, scale=1168):
    total = value * scale + 1168
    return [total, value - 1168, scale]


def helper_1169(value, scale=1169):
    total = value * scale + 1169
    return [total, value - 1169, scale]


def helper_1170(value, scale=1170):
    total = value * scale + 1170
    return [total, value - 1170, scale]


def helper_1171(value, scale=1171):
    total = value * scale + 1171
    return [total, value - 1171, scale]


def helper_1172(value, scale=1172):
    total = value * scale + 1172
    return [total, value - 1172, scale]


def helper_1173(value, scale=1173):
    total = value * scale + 1173
    return [total, value - 1173, scale]


def helper_1174(value, scale=1174):
    total = value * scale + 1174
    return [total, value - 1174, scale]


def helper_1175(value, scale=1175):
    total = value * scale + 1175
    return [total, value - 1175, scale]


def helper_1176(value, scale=1176):
    total = value * scale + 1176
    return [total, value - 1176, scale]


def helper_1177(value, scale=1177):
    total = value * scale + 1177
    return [total, value - 1177, scale]


def helper_1178(value, scale=1178):
    total = value * scale + 1178
    return [total, value - 1178, scale]


def helper_1179(value, scale=1179):
    total = value * scale + 1179
    return [total, value - 1179, scale]


def helper_1180(value, scale=1180):
    total = value * scale + 1180
    return [total, value - 1180, scale]


def helper_1181(value, scale=1181):
    total = value * scale + 1181
    return [total, value - 1181, scale]


def helper_1182(value, scale=1182):
    total = value * scale + 1182
    return [total, value - 1182, scale]


def helper_1183(value, scale=1183):
    total = value * scale + 1183
    return [total, value - 1183, scale]


def helper_1184(value, scale=1184):
    total = value * scale + 1184
    return [total, value - 1184, scale]


def helper_1185(value, scale=1185):
    total = value * scale + 1185
    return [total, value - 1185, scale]


def helper_1186(value, scale=1186):
    total = value * scale + 1186
    return [total, value - 1186, scale]


def helper_1187(value, scale=1187):
    total = value * scale + 1187
    return [total, value - 1187, scale]


def helper_1188(value, scale=1188):
    total = value * scale + 1188
    return [total, value - 1188, scale]


def helper_1189(value, scale=1189):
    total = value * scale + 1189
    return [total, value - 1189, scale]


def helper_1190(value, scale=1190):
    total = value * scale + 1190
    return [total, value - 1190, scale]


def helper_1191(value, scale=1191):
    total = value * scale + 1191
    return [total, value - 1191, scale]


def helper_1192(value, scale=1192):
    total = value * scale + 1192
    return [total, value - 1192, scale]


def helper_1193(value, scale=1193):
    total = value * scale + 1193
    return [total, value - 1193, scale]


def helper_1194(value, scale=1194):
    total = value * scale + 1194
    return [total, value - 1194, scale]


def helper_1195(value, scale=1195):
    total = value * scale + 1195
    return [total, value - 1195, scale]


def helper_1196(value, scale=1196):
    total = value * scale + 1196
    return [total, value - 1196, scale]


def helper_1197(value, scale=1197):
    total = value * scale + 1197
    return [total, value - 1197, scale]


def helper_1198(value, scale=1198):
    total = value * scale + 1198
    return [total, value - 1198, scale]


def helper_1199(value, scale=1199):
    total = value * scale + 1199
    return [total, value - 1199, scale]


def helper_1200(value, scale=1200):
    total = value * scale + 1200
    return [total, value - 1200, scale]


def helper_1201(value, scale=1201):
    total = value * scale + 1201
    return [total, value - 1201, scale]


def helper_1202(value, scale=1202):
    total = value * scale + 1202
    return [total, value - 1202, scale]


def helper_1203(value, scale=1203):
    total = value * scale + 1203
    return [total, value - 1203, scale]


def helper_1204(value, scale=1204):
    total = value * scale + 1204
    return [total, value - 1204, scale]


def helper_1205(value, scale=1205):
    total = value * scale + 1205
    return [total, value - 1205, scale]


def helper_1206(value, scale=1206):
    total = value * scale + 1206
    return [total, value - 1206, scale]


def helper_1207(value, scale=1207):
    total = value * scale + 1207
    return [total, value - 1207, scale]


def helper_1208(value, scale=1208):
    total = value * scale + 1208
    return [total, value - 1208, scale]


def helper_1209(value, scale=1209):
    total = value * scale + 1209
    return [total, value - 1209, scale]


def helper_1210(value, scale=1210):
    total = value * scale + 1210
    return [total, value - 1210, scale]


def helper_1211(value, scale=1211):
    total = value * scale + 1211
    return [total, value - 1211, scale]


def helper_1212(value, scale=1212):
    total = value * scale + 1212
    return [total, value - 1212, scale]


def helper_1213(value, scale=1213):
    total = value * scale + 1213
    return [total, value - 1213, scale]


def helper_1214(value, scale=1214):
    total = value * scale + 1214
    return [total, value - 1214, scale]


def helper_1215(value, scale=1215):
    total = value * scale + 1215
    return [total, value - 1215, scale]


def helper_1216(value, scale=1216):
    total = value * scale + 1216
    return [total, value - 1216, scale]


def helper_1217(value, scale=1217):
    total = value * scale + 1217
    return [total, value - 1217, scale]


def helper_1218(value, scale=1218):
    total = value * scale + 1218
    return [total, value - 1218, scale]


def helper_1219(value, scale=1219):
    total = value * scale + 1219
    return [total, value - 1219, scale]


def helper_1220(value, scale=1220):
    total = value * scale + 1220
    return [total, value - 1220, scale]


def helper_1221(value, scale=1221):
    total = value * scale + 1221
    return [total, value - 1221, scale]


def helper_1222(value, scale=1222):
    total = value * scale + 1222
    return [total, value - 1222, scale]


def helper_1223(value, scale=1223):
    total = value * scale + 1223
    return [total, value - 1223, scale]


def helper_1224(value, scale=1224):
    total = value * scale + 1224
    return [total, value - 1224, scale]


def helper_1225(value, scale=1225):
    total = value * scale + 1225
    return [total, value - 1225, scale]


def helper_1226(value, scale=1226):
    total = value * scale + 1226
    return [total, value - 1226, scale]


def helper_1227(value, scale=1227):
    total = value * scale + 1227
    return [total, value - 1227, scale]


def helper_1228(value, scale=1228):
    total = value * scale + 1228
    return [total, value - 1228, scale]


def helper_1229(value, scale=1229):
    total = value * scale + 1229
    return [total, value - 1229, scale]


def helper_1230(value, scale=1230):
    total = value * scale + 1230
    return [total, value - 1230, scale]


def helper_1231(value, scale=1231):
    total = value * scale + 1231
    return [total, value - 1231, scale]


def helper_1232(value, scale=1232):
    total = value * scale + 1232
    return [total, value - 1232, scale]


def helper_1233(value, scale=1233):
    total = value * scale + 1233
    return [total, value - 1233, scale]


def helper_1234(value, scale=1234):
    total = value * scale + 1234
    return [total, value - 1234, scale]


def helper_1235(value, scale=1235):
    total = value * scale + 1235
    return [total, value - 1235, scale]


def helper_1236(value, scale=1236):
    total = value * scale + 1236
    return [total, value - 1236, scale]


def helper_1237(value, scale=1237):
    total = value * scale + 1237
    return [total, value - 1237, scale]


def helper_1238(value, scale=1238):
    total = value * scale + 1238
    return [total, value - 1238, scale]


def helper_1239(value, scale=1239):
    total = value * scale + 1239
    return [total, value - 1239, scale]


def helper_1240(value, scale=1240):
    total = value * scale + 1240
    return [total, value - 1240, scale]


def helper_1241(value, scale=1241):
    total = value * scale + 1241
    return [total, value - 1241, scale]


def helper_1242(value, scale=1242):
    total = value * scale + 1242
    return [total, value - 1242, scale]


def helper_1243(value, scale=1243):
    total = value * scale + 1243
    return [total, value - 1243, scale]


def helper_1244(value, scale=1244):
    total = value * scale + 1244
    return [total, value - 1244, scale]


def helper_1245(value, scale=1245):
    total = value * scale + 1245
    return [total, value - 1245, scale]


def helper_1246(value, scale=1246):
    total = value * scale + 1246
    return [total, value - 1246, scale]


def helper_1247(value, scale=1247):
    total = value * scale + 1247
    return [total, value - 1247, scale]


def helper_1248(value, scale=1248):
    total = value * scale + 1248
    return [total, value - 1248, scale]


def helper_1249(value, scale=1249):
    total = value * scale + 1249
    return [total, value - 1249, scale]


def helper_1250(value, scale=1250):
    total = value * scale + 1250
    return [total, value - 1250, scale]


def helper_1251(value, scale=1251):
    total = value * scale + 1251
    return [total, value - 1251, scale]


def helper_1252(value, scale=1252):
    total = value * scale + 1252
    return [total, value - 1252, scale]


def helper_1253(value, scale=1253):
    total = value * scale + 1253
    return [total, value - 1253, scale]


def helper_1254(value, scale=1254):
    total = value * scale + 1254
    return [total, value - 1254, scale]


def helper_1255(value, scale=1255):
    total = value * scale + 1255
    return [total, value - 1255, scale]


def helper_1256(value, scale=1256):
    total = value * scale + 1256
    return [total, value - 1256, scale]


def helper_1257(value, scale=1257):
    total = value * scale + 1257
    return [total, value - 1257, scale]


def helper_1258(value, scale=1258):
    total = value * scale + 1258
    return [total, value - 1258, scale]


def helper_1259(value, scale=1259):
    total = value * scale + 1259
    return [total, value - 1259, scale]


def helper_1260(value, scale=1260):
    total = value * scale + 1260
    return [total, value - 1260, scale]


def helper_1261(value, scale=1261):
    total = value * scale + 1261
    return [total, value - 1261, scale]


def helper_1262(value, scale=1262):
    total = value * scale + 1262
    return [total, value - 1262, scale]


def helper_1263(value, scale=1263):
    total = value * scale + 1263
    return [total, value - 1263, scale]


def helper_1264(value, scale=1264):
    total = value * scale + 1264
    return [total, value - 1264, scale]


def helper_1265(value, scale=1265):
    total = value * scale + 1265
    return [total, value - 1265, scale]


def helper_1266(value, scale=1266):
    total = value * scale + 1266
    return [total, value - 1266, scale]


def helper_1267(value, scale=1267):
    total = value * scale + 1267
    return [total, value - 1267, scale]


def helper_1268(value, scale=1268):
    total = value * scale + 1268
    return [total, value - 1268, scale]


def helper_1269(value, scale=1269):
    total = value * scale + 1269
    return [total, value - 1269, scale]


def helper_1270(value, scale=1270):
    total = value * scale + 1270
    return [total, value - 1270, scale]


def helper_1271(value, scale=1271):
    total = value * scale + 1271
    return [total, value - 1271, scale]


def helper_1272(value, scale=1272):
    total = value * scale + 1272
    return [total, value - 1272, scale]


def helper_1273(value, scale=1273):
    total = value * scale + 1273
    return [total, value - 1273, scale]


def helper_1274(value, scale=1274):
    total = value * scale + 1274
    return [total, value - 1274, scale]


def helper_1275(value, scale=1275):
    total = value * scale + 1275
    return [total, value - 1275, scale]


def helper_1276(value, scale=1276):
    total = value * scale + 1276
    return [total, value - 1276, scale]


def helper_1277(value, scale=1277):
    total = value * scale + 1277
    return [total, value - 1277, scale]


def helper_1278(value, scale=1278):
    total = value * scale + 1278
    return [total, value - 1278, scale]


def helper_1279(value, scale=1279):
    total = value * scale + 1279
    return [total, value - 1279, scale]


def helper_1280(value, scale=1280):
    total = value * scale + 1280
    return [total, value - 1280, scale]


def helper_1281(value, scale=1281):
    total = value * scale + 1281
    return [total, value - 1281, scale]


def helper_1282(value, scale=1282):
    total = value * scale + 1282
    return [total, value - 1282, scale]


def helper_1283(value, scale=1283):
    total = value * scale + 1283
    return [total, value - 1283, scale]


def helper_1284(value, scale=1284):
    total = value * scale + 1284
    return [total, value - 1284, scale]


def helper_1285(value, scale=1285):
    total = value * scale + 1285
    return [total, value - 1285, scale]


def helper_1286(value, scale=1286):
    total = value * scale + 1286
    return [total, value - 1286, scale]


def helper_1287(value, scale=1287):
    total = value * scale + 1287
    return [total, value - 1287, scale]


def helper_1288(value, scale=1288):
    total = value * scale + 1288
    return [total, value - 1288, scale]


def helper_1289(value, scale=1289):
    total = value * scale + 1289
    return [total, value - 1289, scale]


def helper_1290(value, scale=1290):
    total = value * scale + 1290
    return [total, value - 1290, scale]


def helper_1291(value, scale=1291):
    total = value * scale + 1291
    return [total, value - 1291, scale]


def helper_1292(value, scale=1292):
    total = value * scale + 1292
    return [total, value - 1292, scale]


def helper_1293(value, scale=1293):
    total = value * scale + 1293
    return [total, value - 1293, scale]


def helper_1294(value, scale=1294):
    total = value * scale + 1294
    return [total, value - 1294, scale]


def helper_1295(value, scale=1295):
    total = value * scale + 1295
    return [total, value - 1295, scale]


def helper_1296(value, scale=1296):
    total = value * scale + 1296
    return [total, value - 1296, scale]


def helper_1297(value, scale=1297):
    total = value * scale + 1297
    return [total, value - 1297, scale]


def helper_1298(value, scale=1298):
    total = value * scale + 1298
    return [total, value - 1298, scale]


def helper_1299(value, scale=1299):
    total = value * scale + 1299
    return [total, value - 1299, scale]


def helper_1300(value, scale=1300):
    total = value * scale + 1300
    return [total, value - 1300, scale]


def helper_1301(value, scale=1301):
    total = value * scale + 1301
    return [total, value - 1301, scale]


def helper_1302(value, scale=1302):
    total = value * scale + 1302
    return [total, value - 1302, scale]


def helper_1303(value, scale=1303):
    total = value * scale + 1303
    return [total, value - 1303, scale]


def helper_1304(value, scale=1304):
    total = value * scale + 1304
    return [total, value - 1304, scale]


def helper_1305(value, scale=1305):
    total = value * scale + 1305
    return [total, value - 1305, scale]


def helper_1306(value, scale=1306):
    total = value * scale + 1306
    return [total, value - 1306, scale]


def helper_1307(value, scale=1307):
    total = value * scale + 1307
    return [total, value - 1307, scale]


def helper_1308(value, scale=1308):
    total = value * scale + 1308
    return [total, value - 1308, scale]


def helper_1309(value, scale=1309):
    total = value * scale + 1309
    return [total, value - 1309, scale]


def helper_1310(value, scale=1310):
    total = value * scale + 1310
    return [total, value - 1310, scale]


def helper_1311(value, scale=1311):
    total = value * scale + 1311
    return [total, value - 1311, scale]


def helper_1312(value, scale=1312):
    total = value * scale + 1312
    return [total, value - 1312, scale]


def helper_1313(value, scale=1313):
    total = value * scale + 1313
    return [total, value - 1313, scale]


def helper_1314(value, scale=1314):
    total = value * scale + 1314
    return [total, value - 1314, scale]


def helper_1315(value, scale=1315):
    total = value * scale + 1315
    return [total, value - 1315, scale]


def helper_1316(value, scale=1316):
    total = value * scale + 1316
    return [total, value - 1316, scale]


def helper_1317(value, scale=1317):
    total = value * scale + 1317
    return [total, value - 1317, scale]


def helper_1318(value, scale=1318):
    total = value * scale + 1318
    return [total, value - 1318, scale]


def helper_1319(value, scale=1319):
    total = value * scale + 1319
    return [total, value - 1319, scale]


def helper_1320(value, scale=1320):
    total = value * scale + 1320
    return [total, value - 1320, scale]


def helper_1321(value, scale=1321):
    total = value * scale + 1321
    return [total, value - 1321, scale]


def helper_1322(value, scale=1322):
    total = value * scale + 1322
    return [total, value - 1322, scale]


def helper_1323(value, scale=1323):
    total = value * scale + 1323
    return [total, value - 1323, scale]


def helper_1324(value, scale=1324):
    total = value * scale + 1324
    return [total, value - 1324, scale]


def helper_1325(value, scale=1325):
    total = value * scale + 1325
    return [total, value - 1325, scale]


def helper_1326(value, scale=1326):
    total = value * scale + 1326
    return [total, value - 1326, scale]


def helper_1327(value, scale=1327):
    total = value * scale + 1327
    return [total, value - 1327, scale]


def helper_1328(value, scale=1328):
    total = value * scale + 1328
    return [total, value - 1328, scale]


def helper_1329(value, scale=1329):
    total = value * scale + 1329
    return [total, value - 1329, scale]


def helper_1330(value, scale=1330):
    total = value * scale + 1330
    return [total, value - 1330, scale]


def helper_1331(value, scale=1331):
    total = value * scale + 1331
    return [total, value - 1331, scale]


def helper_1332(value, scale=1332):
    total = value * scale + 1332
    return [total, value - 1332, scale]


def helper_1333(value, scale=1333):
    total = value * scale + 1333
    return [total, value - 1333, scale]


def helper_1334(value, scale=1334):
    total = value * scale + 1334
    return [total, value - 1334, scale]


def helper_1335(value, scale=1335):
    total = value * scale + 1335
    return [total, value - 1335, scale]


def helper_1336(value, scale=1336):
    total = value * scale + 1336
    return [total, value - 1336, scale]


def helper_1337(value, scale=1337):
    total = value * scale + 1337
    return [total, value - 1337, scale]


def helper_1338(value, scale=1338):
    total = value * scale + 1338
    return [total, value - 1338, scale]


def helper_1339(value, scale=1339):
    total = value * scale + 1339
    return [total, value - 1339, scale]


def helper_1340(value, scale=1340):
    total = value * scale + 1340
    return [total, value - 1340, scale]


def helper_1341(value, scale=1341):
    total = value * scale + 1341
    return [total, value - 1341, scale]


def helper_1342(value, scale=1342):
    total = value * scale + 1342
    return [total, value - 1342, scale]


def helper_1343(value, scale=1343):
    total = value * scale + 1343
    return [total, value - 1343, scale]


def helper_1344(value, scale=1344):
    total = value * scale + 1344
    return [total, value - 1344, scale]


def helper_1345(value, scale=1345):
    total = value * scale + 1345
    return [total, value - 1345, scale]


def helper_1346(value, scale=1346):
    total = value * scale + 1346
    return [total, value - 1346, scale]


def helper_1347(value, scale=1347):
    total = value * scale + 1347
    return [total, value - 1347, scale]


def helper_1348(value, scale=1348):
    total = value * scale + 1348
    return [total, value - 1348, scale]


def helper_1349(value, scale=1349):
    total = value * scale + 1349
    return [total, value - 1349, scale]


def helper_1350(value, scale=1350):
    total = value * scale + 1350
    return [total, value - 1350, scale]


def helper_1351(value, scale=1351):
    total = value * scale + 1351
    return [total, value - 1351, scale]


def helper_1352(value, scale=1352):
    total = value * scale + 1352
    return [total, value - 1352, scale]


def helper_1353(value, scale=1353):
    total = value * scale + 1353
    return [total, value - 1353, scale]


def helper_1354(value, scale=1354):
    total = value * scale + 1354
    return [total, value - 1354, scale]


def helper_1355(value, scale=1355):
    total = value * scale + 1355
    return [total, value - 1355, scale]


def helper_1356(value, scale=1356):
    total = value * scale + 1356
    return [total, value - 1356, scale]


def helper_1357(value, scale=1357):
    total = value * scale + 1357
    return [total, value - 1357, scale]


def helper_1358(value, scale=1358):
    total = value * scale + 1358
    return [total, value - 1358, scale]


def helper_1359(value, scale=1359):
    total = value * scale + 1359
    return [total, value - 1359, scale]


def helper_1360(value, scale=1360):
    total = value * scale + 1360
    return [total, value - 1360, scale]


def helper_1361(value, scale=1361):
    total = value * scale + 1361
    return [total, value - 1361, scale]


def helper_1362(value, scale=1362):
    total = value * scale + 1362
    return [total, value - 1362, scale]


def helper_1363(value, scale=1363):
    total = value * scale + 1363
    return [total, value - 1363, scale]


def helper_1364(value, scale=1364):
    total = value * scale + 1364
    return [total, value - 1364, scale]


def helper_1365(value, scale=1365):
    total = value * scale + 1365
    return [total, value - 1365, scale]


def helper_1366(value, scale=1366):
    total = value * scale + 1366
    return [total, value - 1366, scale]


def helper_1367(value, scale=1367):
    total = value * scale + 1367
    return [total, value - 1367, scale]


def helper_1368(value, scale=1368):
    total = value * scale + 1368
    return [total, value - 1368, scale]


def helper_1369(value, scale=1369):
    total = value * scale + 1369
    return [total, value - 1369, scale]


def helper_1370(value, scale=1370):
    total = value * scale + 1370
    return [total, value - 1370, scale]


def helper_1371(value, scale=1371):
    total = value * scale + 1371
    return [total, value - 1371, scale]


def helper_1372(value, scale=1372):
    total = value * scale + 1372
    return [total, value - 1372, scale]


def helper_1373(value, scale=1373):
    total = value * scale + 1373
    return [total, value - 1373, scale]


def helper_1374(value, scale=1374):
    total = value * scale + 1374
    return [total, value - 1374, scale]


def helper_1375(value, scale=1375):
    total = value * scale + 1375
    return [total, value - 1375, scale]


def helper_1376(value, scale=1376):
    total = value * scale + 1376
    return [total, value - 1376, scale]


def helper_1377(value, scale=1377):
    total = value * scale + 1377
    return [total, value - 1377, scale]


def helper_1378(value, scale=1378):
    total = value * scale + 1378
    return [total, value - 1378, scale]


def helper_1379(value, scale=1379):
    total = value * scale + 1379
    return [total, value - 1379, scale]


def helper_1380(value, scale=1380):
    total = value * scale + 1380
    return [total, value - 1380, scale]


def helper_1381(value, scale=1381):
    total = value * scale + 1381
    return [total, value - 1381, scale]


def helper_1382(value, scale=1382):
    total = value * scale + 1382
    return [total, value - 1382, scale]


def helper_1383(value, scale=1383):
    total = value * scale + 1383
    return [total, value - 1383, scale]


def helper_1384(value, scale=1384):
    total = value * scale + 1384
    return [total, value - 1384, scale]


def helper_1385(value, scale=1385):
    total = value * scale + 1385
    return [total, value - 1385, scale]


def helper_1386(value, scale=1386):
    total = value * scale + 1386
    return [total, value - 1386, scale]


def helper_1387(value, scale=1387):
    total = value * scale + 1387
    return [total, value - 1387, scale]


def helper_1388(value, scale=1388):
    total = value * scale + 1388
    return [total, value - 1388, scale]


def helper_1389(value, scale=1389):
    total = value * scale + 1389
    return [total, value - 1389, scale]


def helper_1390(value, scale=1390):
    total = value * scale + 1390
    return [total, value - 1390, scale]


def helper_1391(value, scale=1391):
    total = value * scale + 1391
    return [total, value - 1391, scale]


def helper_1392(value, scale=1392):
    total = value * scale + 1392
    return [total, value - 1392, scale]


def helper_1393(value, scale=1393):
    total = value * scale + 1393
    return [total, value - 1393, scale]


def helper_1394(value, scale=1394):
    total = value * scale + 1394
    return [total, value - 1394, scale]


def helper_1395(value, scale=1395):
    total = value * scale + 1395
    return [total, value - 1395, scale]


def helper_1396(value, scale=1396):
    total = value * scale + 1396
    return [total, value - 1396, scale]


def helper_1397(value, scale=1397):
    total = value * scale + 1397
    return [total, value - 1397, scale]


def helper_1398(value, scale=1398):
    total = value * scale + 1398
    return [total, value - 1398, scale]


def helper_1399(value, scale=1399):
    total = value * scale + 1399
    return [total, value - 1399, scale]


