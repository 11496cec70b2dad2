-- Argo CD health of a ChaosRun (treasury.strategickhaos.io/v1alpha1).
--   no status, or status.observedGeneration behind metadata.generation -> Progressing
--   phase Pending or Running                                            -> Progressing
--   phase Completed, verdict Pass                                       -> Healthy
--   phase Completed, verdict Fail                                       -> Degraded
--   phase Failed (no report could be produced)                          -> Degraded
--   phase Completed without a verdict, or a phase this script does not know -> Unknown
-- Argo CD runs this as a function body with the resource in `obj`; it must return a table
-- with `status` and `message`.
local hs = {}
local status = obj.status
if status == nil then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to pick up the ChaosRun"
  return hs
end

local generation = obj.metadata and obj.metadata.generation
local observed = status.observedGeneration
if generation ~= nil and (observed == nil or observed < generation) then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to observe generation " .. tostring(generation)
  return hs
end

local function suffix(text)
  if text == nil or text == "" then
    return ""
  end
  return ": " .. tostring(text)
end

local phase = status.phase
if phase == nil or phase == "Pending" then
  hs.status = "Progressing"
  hs.message = "Pending" .. suffix(status.message)
elseif phase == "Running" then
  hs.status = "Progressing"
  hs.message = "Running"
  local progress = status.progress
  if progress ~= nil and progress.completedIterations ~= nil and progress.totalIterations ~= nil then
    hs.message = hs.message .. ", " .. tostring(progress.completedIterations) .. "/"
      .. tostring(progress.totalIterations) .. " iterations"
  end
  hs.message = hs.message .. suffix(status.message)
elseif phase == "Completed" then
  if status.verdict == "Pass" then
    hs.status = "Healthy"
    hs.message = "Completed, verdict Pass"
    if status.uptimePercent ~= nil then
      hs.message = hs.message .. ", uptime " .. tostring(status.uptimePercent) .. "%"
    end
  elseif status.verdict == "Fail" then
    hs.status = "Degraded"
    hs.message = "Completed, verdict Fail" .. suffix(status.message)
  else
    hs.status = "Unknown"
    hs.message = "Completed without a verdict"
  end
elseif phase == "Failed" then
  hs.status = "Degraded"
  hs.message = "Failed" .. suffix(status.message)
else
  hs.status = "Unknown"
  hs.message = "Unknown phase " .. tostring(phase)
end
return hs
