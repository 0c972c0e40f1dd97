import {
  to = awscc_elasticbeanstalk_environment.example
  identity = {
    environment_name = "environment_name"
  }
}
