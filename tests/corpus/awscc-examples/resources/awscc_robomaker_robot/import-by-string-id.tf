import {
  to = awscc_robomaker_robot.example
  id = "arn"
}