import {
  to = awscc_elasticbeanstalk_application.example
  identity = {
    application_name = "application_name"
  }
}
