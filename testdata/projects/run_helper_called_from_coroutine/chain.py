from util.sync import wrapper


def level2():
    return wrapper()
