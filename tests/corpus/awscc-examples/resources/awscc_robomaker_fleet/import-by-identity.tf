import {
  to = awscc_robomaker_fleet.example
  identity = {
    arn = "arn"
  }
}
