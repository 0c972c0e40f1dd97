import {
  to = awscc_pipes_pipe.example
  identity = {
    name = "name"
  }
}
