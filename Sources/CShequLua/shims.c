#include "CShequLua.h"
