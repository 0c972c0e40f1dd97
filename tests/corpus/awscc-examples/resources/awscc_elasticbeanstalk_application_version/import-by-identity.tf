import {
  to = awscc_elasticbeanstalk_application_version.example
  identity = {
    application_name = "application_name"
    id               = "id"
  }
}
