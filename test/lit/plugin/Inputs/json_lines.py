"""Prints a JSON file as one `path = value` line per leaf, in document
order, so that FileCheck can check a findings file line by line."""
import json
import sys


def walk(path, value):
    if isinstance(value, dict):
        for key, item in value.items():
            walk(path + "." + key if path else key, item)
    elif isinstance(value, list):
        if not value:
            print(path, "= []")
        for index, item in enumerate(value):
            walk(path + "." + str(index), item)
    else:
        print(path, "=", json.dumps(value))


for name in sys.argv[1:]:
    with open(name) as stream:
        walk("", json.load(stream))
