-- wrk script for bench/http-bench.sh: each request takes a random path from the file named after "--"
-- (one path a line), e.g. the public lookups of every released enterprise.
local paths = {}

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  math.randomseed(os.time())
end

function request()
  return wrk.format(nil, paths[math.random(#paths)])
end
