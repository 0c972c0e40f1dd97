import {
  to = awscc_managedblockchain_accessor.example
  id = "id"
}