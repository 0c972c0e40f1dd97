import {
  to = awscc_robomaker_robot.example
  identity = {
    arn = "arn"
  }
}
