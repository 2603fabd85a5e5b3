import a2a from './a2a.js';
import adk from './adk.js';
import express from './express.js';
import fastapi from './fastapi.js';
import fastify from './fastify.js';
import flask from './flask.js';
import hono from './hono.js';
import koa from './koa.js';
import nextjs from './nextjs.js';
import starlette from './starlette.js';
import type { Framework } from './define.js';

export const FRAMEWORKS: readonly Framework[] = [fastapi, starlette, a2a, adk, flask, express, fastify, hono, koa, nextjs];
export type { Framework };
