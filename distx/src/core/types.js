export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
export const CONFIDENCES = ['high', 'medium', 'low'];
export const CATEGORIES = ['security', 'reliability', 'observability', 'operations'];
