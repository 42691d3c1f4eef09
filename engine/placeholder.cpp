namespace loopwise::engine {}
