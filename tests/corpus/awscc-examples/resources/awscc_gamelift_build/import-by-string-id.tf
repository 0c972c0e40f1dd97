import {
  to = awscc_gamelift_build.example
  id = "build_id"
}