import {
  to = awscc_pipes_pipe.example
  id = "name"
}