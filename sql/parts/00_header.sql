-- jobreq install script, assembled by the Makefile from sql/parts/*.sql.

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION jobreq" to load this file. \quit
