import {
  to = awscc_cleanrooms_collaboration.example
  identity = {
    collaboration_identifier = "collaboration_identifier"
  }
}
