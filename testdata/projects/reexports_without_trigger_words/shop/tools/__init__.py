from .clock import *
