namespace loopwise::store {}
