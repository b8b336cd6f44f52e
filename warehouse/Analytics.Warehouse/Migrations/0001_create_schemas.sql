create schema if not exists raw;
create schema if not exists config;
create schema if not exists staging;
create schema if not exists intermediate;
create schema if not exists marts;
