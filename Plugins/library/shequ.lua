---@meta shequ
-- LuaLS (lua-language-server) annotations for the Shequ plugin API, version 1.
-- Point your editor at this folder (Plugins/.luarc.json does it for the plugins
-- shipped here) to get completion and type checks for `shequ.*`, hook signatures
-- and the plugin test library. This file is never loaded by the host.

---The host module, available to every plugin as the read-only global `shequ`.
---@class shequ
---@field api_version integer  The Lua API version the host implements (1).
shequ = {}

---Writes a message to the host's log. Counts against the plugin's print volume cap.
---@param level "debug"|"info"|"warn"|"error"
---@param message string
function shequ.log(level, message) end

---Returns the plugin's configuration: the manifest's `config` table merged with the
---values the host was given for this county. The table is a copy; changing it has no
---effect on the host.
---@return table<string, any>
function shequ.config() end

---The table `plugin.lua` returns.
---@class shequ.Manifest
---@field id string                         Unique dotted id, e.g. "xinyang.guangshan.points".
---@field version string                    Semantic version, e.g. "1.0.0".
---@field api integer                       The Lua API version the plugin targets (1).
---@field county? string                    Division code it serves (6 digits), or "*".
---@field title? string                     Human title.
---@field description? string
---@field hooks table<string, string>       Hook name -> "module.function".
---@field limits? shequ.Limits              Lower limits than the host's defaults.
---@field config? table<string, any>        Defaults returned by shequ.config().
---@field measures? shequ.DeclaredMeasure[]  The measures a `measures` hook can produce, with bounds (required with that hook).
---@field needs? ("care")[]                  Extra facts the `measures` hook needs in ctx.subject.

---Limits a plugin may ask for; they can only lower the host's limits.
---@class shequ.Limits
---@field memory? integer       Bytes of memory for the plugin's state.
---@field instructions? integer Lua instructions per hook call.
---@field deadline_ms? integer  Wall-clock milliseconds per hook call.

---A hook: called by the host as `fn(input, ctx)`; returns plain data
---(nil, booleans, numbers, UTF-8 strings and tables of them).
---@alias shequ.Hook fun(input: table, ctx: table): any

-- The typed hook `measures` (条例第三十条): `fn(event, ctx)` returns shequ.Measure[].

---One measure kind a plugin declares in its manifest, with its bounds.
---@class shequ.DeclaredMeasure
---@field kind shequ.MeasureKind
---@field topics? string[]                 Topics it may be used on (any when absent).
---@field articles? string[]               Convention articles it may apply, e.g. "第五条" (any when absent).
---@field max_points_per_event? integer    Required for award_points and deduct_points (1–10000).
---@field max_points_per_period? integer   Per subject, at least max_points_per_event.
---@field period? "month"|"quarter"|"year"

---@alias shequ.MeasureKind "award_points"|"commendation"|"honour"|"priority"|"deduct_points"|"criticism_education"|"notice"|"rectification_request"|"suspension"

---A behaviour event, the first argument of the `measures` hook.
---@class shequ.MeasuresEvent
---@field id string
---@field kind string                      What happened: elder_care, banquet, dog_unleashed …
---@field subject { type: "resident"|"household", id: string }
---@field household? string                The resident's household.
---@field community string
---@field occurred_at string               YYYY-MM-DD
---@field place? string
---@field reporter string
---@field evidence string[]
---@field facts table<string, any>        What the recorder noted: tables, hours, prior_count …

---The `ctx` of the `measures` hook: read-only, privacy-limited.
---@class shequ.MeasuresContext
---@field convention? shequ.ConventionVersion  The version in force on the event's day.
---@field subject { age?: integer, household_size?: integer, care?: string[] }  care only with needs = { "care" }.

---@class shequ.ConventionVersion
---@field id string
---@field community string
---@field kind "autonomy_charter"|"residents_convention"|"village_rules"
---@field version integer
---@field title string
---@field effective_from string
---@field articles { number: integer, label: string, text: string }[]

---A measure as the hook returns it; the host's legal guard decides whether it applies.
---@class shequ.Measure
---@field kind shequ.MeasureKind
---@field topic string                     respect_elderly, wedding_funeral_customs, banquet_spending, dog_keeping, living_environment, or a local snake_case topic.
---@field article string                   The convention article applied, "第五条".
---@field reason string                    In Chinese, for the resident.
---@field points? integer                  award_points / deduct_points: 1–10000, within the declared bounds.
---@field subject? { type: "resident"|"household", id: string }  Only the actor (or, for incentives, the actor's household).
---@field honour? string
---@field benefit? string                  priority: a benefit of the committee's own, never a statutory entitlement.
---@field award? string                    suspension: an award of the committee's own.
---@field months? integer
---@field remedy? "restore"|"clean_up"|"apologise"|"perform_duty"|"other"
---@field audience? "person"

-- The plugin test library, available in `tests/*_test.lua` only.

---Registers a test. Each test runs in a fresh sandbox.
---@param name string
---@param fn fun()
function test(name, fn) end

---Calls one of the plugin's hooks as the host would.
---@param name string   Hook name from the manifest.
---@param input any
---@param ctx? table
---@return any
function hook(name, input, ctx) end

---Assertions for plugin tests. A failure names the test file, line and values.
---@class shequ.expect
expect = {}

---Deep equality: tables are compared key by key; a failure shows the first path that differs.
---@param actual any
---@param expected any
---@param message? string
function expect.eq(actual, expected, message) end

---Deep inequality.
---@param actual any
---@param unexpected any
---@param message? string
function expect.ne(actual, unexpected, message) end

---Passes when the value is neither nil nor false.
---@param value any
---@param message? string
function expect.truthy(value, message) end

---Passes when the value is nil or false.
---@param value any
---@param message? string
function expect.falsy(value, message) end

---Passes when |actual - expected| <= epsilon.
---@param actual number
---@param expected number
---@param epsilon number
---@param message? string
function expect.near(actual, expected, epsilon, message) end

---Passes when fn raises an error; with a pattern, when the message matches it.
---@param fn fun()
---@param pattern? string
function expect.error(fn, pattern) end

-- The typed hook `grids` (网格划分, Art. 34): hooks = { grids = "module.divide" }.

---A building (urban) or natural village (rural) of the community being divided.
---@class shequ.DivisionUnit
---@field id string
---@field kind "building"|"natural_village"
---@field address string
---@field household_ids string[]
---@field household_count integer
---@field coordinate? { lon: number, lat: number }
---@field dedicated? "school"|"market"|"hospital"|"industrial_park"  A unit that gets a dedicated grid.

---The community `divide` receives.
---@class shequ.DivisionCommunity
---@field community_code string
---@field community_name string
---@field township_name string
---@field kind "urban"|"rural"
---@field units shequ.DivisionUnit[]

---The county's parameters, in `ctx.params`.
---@class shequ.DivisionParameters
---@field target_households integer
---@field min_households integer
---@field max_households integer
---@field split_oversized_units boolean
---@field max_grids integer

---@class shequ.DivisionContext
---@field county_code string
---@field params shequ.DivisionParameters

---One member of a proposed grid: a whole unit, or some of its households.
---@class shequ.ProposedGridMember
---@field unit_id string
---@field household_ids? string[]

---@class shequ.ProposedGrid
---@field kind? "basic"|"school"|"market"|"hospital"|"industrial_park"
---@field number? integer
---@field members shequ.ProposedGridMember[]

---What `divide` returns; the host validates it (every household in exactly one grid,
---no empty grid, sizes within the bounds) before anything is stored.
---@class shequ.ProposedDivision
---@field bounds { min_households: integer, max_households: integer }
---@field grids shequ.ProposedGrid[]

---@alias shequ.GridsHook fun(community: shequ.DivisionCommunity, ctx: shequ.DivisionContext): shequ.ProposedDivision
