from big import *
