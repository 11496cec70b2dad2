-- Argo CD health of a ChaosSchedule (treasury.strategickhaos.io/v1alpha1), read from its kstatus
-- conditions, in this order:
--   no status, or status.observedGeneration behind metadata.generation -> Progressing
--   condition Stalled=True (e.g. an invalid schedule)                   -> Degraded
--   spec.suspend true                                                   -> Suspended
--   condition Ready=True (for the current generation)                   -> Healthy
--   anything else (Reconciling, Ready missing or not True)              -> Progressing
-- A failing verdict of one fired ChaosRun does not make the schedule unhealthy here: the run
-- carries its own health, and the schedule keeps firing. The operator may still report a reason
-- for it through Ready=False, which shows up as Progressing with the condition's message.
local hs = {}
local status = obj.status
if status == nil then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to pick up the ChaosSchedule"
  return hs
end

local generation = obj.metadata and obj.metadata.generation
local observed = status.observedGeneration
if generation ~= nil and (observed == nil or observed < generation) then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to observe generation " .. tostring(generation)
  return hs
end

local function condition(kind)
  if status.conditions == nil then
    return nil
  end
  for _, c in ipairs(status.conditions) do
    if c.type == kind then
      return c
    end
  end
  return nil
end

local function describe(c, fallback)
  if c ~= nil and c.message ~= nil and c.message ~= "" then
    return c.message
  end
  if c ~= nil and c.reason ~= nil and c.reason ~= "" then
    return c.reason
  end
  return fallback
end

local stalled = condition("Stalled")
if stalled ~= nil and stalled.status == "True" then
  hs.status = "Degraded"
  hs.message = describe(stalled, "Stalled")
  return hs
end

if obj.spec ~= nil and obj.spec.suspend == true then
  hs.status = "Suspended"
  hs.message = "Suspended: no new ChaosRuns are created"
  return hs
end

local ready = condition("Ready")
local readyCurrent = ready ~= nil and (ready.observedGeneration == nil or generation == nil
  or ready.observedGeneration >= generation)
if ready ~= nil and ready.status == "True" and readyCurrent then
  hs.status = "Healthy"
  hs.message = describe(ready, "Ready")
  if status.nextScheduleTime ~= nil then
    hs.message = hs.message .. "; next run at " .. tostring(status.nextScheduleTime)
  end
  return hs
end

hs.status = "Progressing"
hs.message = describe(condition("Reconciling"), describe(ready, "Waiting for the ChaosSchedule to become Ready"))
return hs
