#!/bin/sh
# A shell script, but no openrc.
echo hello
PATH=/usr/local/bin:$PATH
