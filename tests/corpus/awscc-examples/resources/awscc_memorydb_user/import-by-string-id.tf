import {
  to = awscc_memorydb_user.example
  id = "user_name"
}