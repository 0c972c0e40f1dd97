import {
  to = awscc_gamelift_build.example
  identity = {
    build_id = "build_id"
  }
}
