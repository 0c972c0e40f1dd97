import {
  to = awscc_robomaker_fleet.example
  id = "arn"
}