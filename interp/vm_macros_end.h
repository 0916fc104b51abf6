// vm_macros_end.h - the end of vm_macros.h's scope.
#undef SAVE_PC
#undef SAVE_PC_AT
#undef OUT_OF_MEMORY
#undef MAP_RACE
#undef PANIC
#undef NILP
