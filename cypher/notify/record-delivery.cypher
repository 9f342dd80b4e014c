// The delivery log: one node per webhook delivery, with how it ended and after how many attempts.
// $id, $webhook, $url, $event, $scanRunId, $status ('delivered' or 'failed'), $attempts, $httpStatus, $error.
CREATE (:WebhookDelivery {
  id: $id, webhook: $webhook, url: $url, event: $event, scanRunId: $scanRunId, status: $status,
  attempts: $attempts, httpStatus: $httpStatus, error: $error, at: datetime()
})
